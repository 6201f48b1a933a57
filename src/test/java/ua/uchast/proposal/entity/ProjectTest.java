package ua.uchast.proposal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ua.uchast.testsupport.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.entity.AccessDeniedException;

class ProjectTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 10, 0);
    private static final Actor AUTHOR = Actor.resident(7L, "Олег Автор");
    private static final Actor STRANGER = Actor.resident(8L, "Інший");
    private static final Actor REVIEWER = Actor.staff(3L, "Петро Данилюк");
    private static final CycleTerms OPEN = ProjectForms.terms(Phase.SUBMISSION);

    private static Project submitted() {
        Project project = Project.draft(1L, 2L, AUTHOR, ProjectForms.complete(), OPEN, NOW);
        project.submit(AUTHOR, ProjectForms.complete(), OPEN, NOW);
        return project;
    }

    @Test
    void submittedProjectHasItsTotalFromTheEstimateAndTwoHistoryEntries() {
        Project project = submitted();
        assertEquals(ProjectStatus.SUBMITTED, project.status());
        assertEquals(75_000, project.totalCost().hryvnias());
        assertEquals(List.of(ProjectEvent.CREATED, ProjectEvent.SUBMITTED), project.history().stream().map(ProjectTransition::event).toList());
    }

    @Test
    void aDraftMayBeIncompleteButSubmittingNeedsEveryRequiredField() {
        ProjectForm form = new ProjectForm();
        form.setTitle("Лише назва");
        Project project = Project.draft(1L, 2L, AUTHOR, form, OPEN, NOW);
        assertRefused(() -> project.submit(AUTHOR, form, OPEN, NOW), "summary", "validation.required");
        assertRefused(() -> project.submit(AUTHOR, form, OPEN, NOW), "categoryId", "validation.required");
        assertRefused(() -> project.submit(AUTHOR, form, OPEN, NOW), "estimate", "proposal.estimateEmpty");
        assertRefused(() -> project.submit(AUTHOR, form, OPEN, NOW), "contactEmail", "validation.required");
        assertEquals(ProjectStatus.DRAFT, project.status());
    }

    @Test
    void aTotalOutsideTheCategoryRangeIsRefused() {
        ProjectForm form = ProjectForms.complete();
        form.getEstimate().get(0).setQuantity(100L);
        Project project = Project.draft(1L, 2L, AUTHOR, form, OPEN, NOW);
        assertRefused(() -> project.submit(AUTHOR, form, OPEN, NOW), "estimate", "proposal.totalOutOfRange");
        form.getEstimate().get(0).setQuantity(1L);
        assertRefused(() -> project.submit(AUTHOR, form, OPEN, NOW), "estimate", "proposal.totalOutOfRange");
    }

    @Test
    void negativeQuantitiesAndPricesAreRefusedEvenInADraft() {
        ProjectForm form = ProjectForms.complete();
        form.getEstimate().get(1).setQuantity(-1L);
        form.getEstimate().get(0).setUnitPrice(-5L);
        assertRefused(() -> Project.draft(1L, 2L, AUTHOR, form, OPEN, NOW), "estimate[1].quantity", "validation.range");
        assertRefused(() -> Project.draft(1L, 2L, AUTHOR, form, OPEN, NOW), "estimate[0].unitPrice", "validation.range");
    }

    @Test
    void overLongTextAndForeignCategoriesAndHalfAMapPointAreRefused() {
        ProjectForm form = ProjectForms.complete();
        form.setTitle("x".repeat(Project.MAX_TITLE + 1));
        form.setCategoryId(99L);
        form.setLongitude(null);
        form.setContactEmail("not-an-address");
        assertRefused(() -> Project.draft(1L, 2L, AUTHOR, form, OPEN, NOW), "title", "validation.tooLong");
        assertRefused(() -> Project.draft(1L, 2L, AUTHOR, form, OPEN, NOW), "categoryId", "proposal.unknownCategory");
        assertRefused(() -> Project.draft(1L, 2L, AUTHOR, form, OPEN, NOW), "longitude", "proposal.mapPointIncomplete");
        assertRefused(() -> Project.draft(1L, 2L, AUTHOR, form, OPEN, NOW), "contactEmail", "validation.email");
    }

    @Test
    void scriptInTextIsKeptAsTextForTheViewToEscape() {
        ProjectForm form = ProjectForms.complete();
        form.setTitle("<script>alert(1)</script>");
        assertEquals("<script>alert(1)</script>", Project.draft(1L, 2L, AUTHOR, form, OPEN, NOW).title());
    }

    @Test
    void afterTheDeadlineNothingIsDraftedSubmittedOrEdited() {
        CycleTerms closed = ProjectForms.terms(Phase.REVIEW);
        assertRefused(() -> Project.draft(1L, 2L, AUTHOR, ProjectForms.complete(), closed, NOW), null, "proposal.submissionClosed");
        Project draft = Project.draft(1L, 2L, AUTHOR, ProjectForms.complete(), OPEN, NOW);
        assertRefused(() -> draft.submit(AUTHOR, ProjectForms.complete(), closed, NOW), null, "proposal.submissionClosed");
        assertRefused(() -> draft.saveDraft(AUTHOR, ProjectForms.complete(), closed, NOW), null, "proposal.submissionClosed");
    }

    @Test
    void onlyTheAuthorEditsSubmitsOrWithdraws() {
        Project draft = Project.draft(1L, 2L, AUTHOR, ProjectForms.complete(), OPEN, NOW);
        assertThrows(AccessDeniedException.class, () -> draft.saveDraft(STRANGER, ProjectForms.complete(), OPEN, NOW));
        assertThrows(AccessDeniedException.class, () -> draft.submit(STRANGER, ProjectForms.complete(), OPEN, NOW));
        assertThrows(AccessDeniedException.class, () -> submitted().withdraw(STRANGER, "ні", OPEN, NOW));
    }

    @Test
    void revisionLoopEndsAcceptedWithEveryTransitionRecorded() {
        Project project = submitted();
        project.startReview(REVIEWER, 0, OPEN, NOW);
        assertRefused(() -> project.requestRevision(REVIEWER, " ", null, NOW), "commentToAuthor", "validation.required");
        project.requestRevision(REVIEWER, "Додайте фото", "внутрішнє", NOW);
        assertTrue(project.isEditable(ProjectForms.terms(Phase.REVIEW)));
        project.resubmit(AUTHOR, ProjectForms.complete(), ProjectForms.terms(Phase.REVIEW), NOW);
        project.startReview(REVIEWER, 0, OPEN, NOW);
        project.accept(REVIEWER, null, null, NOW);
        assertEquals(ProjectStatus.ACCEPTED, project.status());
        assertEquals(List.of(ProjectEvent.CREATED, ProjectEvent.SUBMITTED, ProjectEvent.REVIEW_STARTED, ProjectEvent.REVISION_REQUESTED,
                ProjectEvent.RESUBMITTED, ProjectEvent.REVIEW_STARTED, ProjectEvent.ACCEPTED),
                project.history().stream().map(ProjectTransition::event).toList());
        ProjectTransition revision = project.history().get(3);
        assertEquals(ProjectStatus.UNDER_REVIEW, revision.from());
        assertEquals(ProjectStatus.NEEDS_REVISION, revision.to());
        assertEquals("Додайте фото", revision.publicReason());
        assertEquals("внутрішнє", revision.internalNote());
    }

    @Test
    void decisionsNeedTheRightStatusAndRejectingNeedsAReason() {
        Project project = submitted();
        assertRefused(() -> project.accept(REVIEWER, null, null, NOW), null, "proposal.wrongStatus");
        project.startReview(REVIEWER, 0, OPEN, NOW);
        assertRefused(() -> project.reject(REVIEWER, null, null, NOW), "commentToAuthor", "validation.required");
        project.reject(REVIEWER, "Не на комунальній землі", null, NOW);
        assertEquals("Не на комунальній землі", project.statusReason());
    }

    @Test
    void reviewWaitsForEnoughSupporters() {
        Project project = submitted();
        CycleTerms needsThree = ProjectForms.terms(Phase.SUBMISSION, 3);
        assertRefused(() -> project.startReview(REVIEWER, 2, needsThree, NOW), null, "moderation.notEnoughSupporters");
        project.startReview(REVIEWER, 3, needsThree, NOW);
        assertEquals(ProjectStatus.UNDER_REVIEW, project.status());
    }

    @Test
    void authorWithdrawsBeforeVotingOnly() {
        Project project = submitted();
        assertRefused(() -> project.withdraw(AUTHOR, "Передумав", ProjectForms.terms(Phase.VOTING), NOW), null, "proposal.votingStarted");
        project.withdraw(AUTHOR, "Передумав", ProjectForms.terms(Phase.REVIEW), NOW);
        assertEquals(ProjectStatus.WITHDRAWN, project.status());
    }

    @Test
    void anExpertEstimateIsAcceptedByTheAuthorOrEndsTheProject() {
        Project accepted = submitted();
        accepted.startReview(REVIEWER, 0, OPEN, NOW);
        List<EstimateLineForm> cheaper = List.of(new EstimateLineForm("Лавка", 10L, "шт", 5_000L));
        accepted.proposeExpertEstimate(REVIEWER, "Ціни завищені", cheaper, OPEN, NOW);
        assertRefused(() -> accepted.accept(REVIEWER, null, null, NOW), null, "moderation.expertEstimatePending");
        accepted.acceptExpertEstimate(AUTHOR, NOW);
        assertEquals(50_000, accepted.totalCost().hryvnias());
        accepted.accept(REVIEWER, null, null, NOW);

        Project declined = submitted();
        declined.startReview(REVIEWER, 0, OPEN, NOW);
        declined.proposeExpertEstimate(REVIEWER, "Ціни завищені", cheaper, OPEN, NOW);
        declined.declineExpertEstimate(AUTHOR, NOW);
        assertEquals(ProjectStatus.REJECTED, declined.status());
        assertEquals("Ціни завищені", declined.statusReason());
    }

    @Test
    void anExpertEstimateOutsideTheRangeIsRefused() {
        Project project = submitted();
        project.startReview(REVIEWER, 0, OPEN, NOW);
        assertRefused(() -> project.proposeExpertEstimate(REVIEWER, "Дорожче", List.of(new EstimateLineForm("Лавка", 100L, "шт", 6_000L)),
                OPEN, NOW), "estimate", "proposal.totalOutOfRange");
    }

    @Test
    void aMergedProjectEndsAndItsAuthorJoinsTheKeptOne() {
        Project kept = submitted();
        Project absorbed = submitted();
        absorbed.mergeInto(kept, AUTHOR, NOW);
        assertEquals(ProjectStatus.MERGED, absorbed.status());
        assertEquals(2, kept.coAuthors().size());
        assertEquals(ProjectEvent.ABSORBED, kept.history().get(kept.history().size() - 1).event());
    }

    @Test
    void mapPointOutOfRangeIsRefused() {
        ProjectForm form = ProjectForms.complete();
        form.setLatitude(new BigDecimal("91"));
        assertRefused(() -> Project.draft(1L, 2L, AUTHOR, form, OPEN, NOW), "latitude", "proposal.latitudeRange");
    }

    @Test
    void thePublishedTallyMakesAnAcceptedProjectAWinnerAndACorrectionMayTurnItBack() {
        Project project = submitted();
        project.startReview(REVIEWER, 0, OPEN, NOW);
        project.accept(REVIEWER, null, null, NOW);
        Actor publisher = Actor.staff(4L, "Олена Коваль");
        assertTrue(project.recordOutcome(true, publisher, null, NOW));
        assertEquals(ProjectStatus.WINNER, project.status());
        assertTrue(ProjectStatus.ON_BALLOT.contains(project.status()), "a winner stays on the ballot (the ballot form reads it)");
        assertEquals(false, project.recordOutcome(true, publisher, "Та сама версія", NOW), "the same outcome again changes nothing");
        assertEquals(ProjectEvent.WON, project.history().get(project.history().size() - 1).event());

        assertTrue(project.recordOutcome(false, publisher, "Пізно внесені паперові бюлетені", NOW));
        ProjectTransition correction = project.history().get(project.history().size() - 1);
        assertEquals(ProjectEvent.NOT_SELECTED, correction.event());
        assertEquals(ProjectStatus.WINNER, correction.from());
        assertEquals(ProjectStatus.NOT_SELECTED, correction.to());
        assertEquals("Пізно внесені паперові бюлетені", project.statusReason());
        assertTrue(project.status().isPublic());
    }

    @Test
    void onlyAProjectOnTheBallotCanWinOrLose() {
        Project project = submitted();
        assertRefused(() -> project.recordOutcome(true, REVIEWER, null, NOW), null, "proposal.wrongStatus");
        assertEquals(ProjectStatus.SUBMITTED, project.status());
    }
}
