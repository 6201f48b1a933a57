package ua.uchast.proposal.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ua.uchast.testsupport.Refusals.assertRefused;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ua.uchast.moderation.entity.ReviewDecision;
import ua.uchast.moderation.entity.ReviewForm;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.control.CatalogueQuery;
import ua.uchast.proposal.control.CatalogueSort;
import ua.uchast.proposal.TestImages;
import ua.uchast.proposal.entity.Attachment;
import ua.uchast.proposal.entity.AttachmentKind;
import ua.uchast.proposal.entity.EstimateLineForm;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectEvent;
import ua.uchast.proposal.entity.ProjectForm;
import ua.uchast.proposal.entity.ProjectStatus;
import ua.uchast.proposal.entity.ProjectTransition;

/** Submission, moderation and the catalogue through their boundaries against a real MariaDB, with every refusal. */
class ProposalBoundaryIT {

    private static ProposalWorld world;

    @BeforeAll
    static void start() {
        world = new ProposalWorld("uchast_proposal_it");
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @BeforeEach
    void submissionPhase() {
        world.clock = ProposalWorld.clockOn(world.submissionStart.plusDays(5));
        world.signOut();
    }

    private ProjectForm form() {
        ProjectForm form = new ProjectForm();
        form.setTitle("Лавки в парку");
        form.setCategoryId(world.smallCategoryId);
        form.setTerritoryId(world.territoryId);
        form.setSummary("Нові лавки біля ставу");
        form.setProblem("Немає де сісти");
        form.setSolution("Поставити лавки");
        form.setBeneficiaries("Мешканці");
        form.setAddress("вул. Паркова, 1");
        form.getEstimate().add(new EstimateLineForm("Лавка", 10L, "шт", 6_000L));
        form.getEstimate().add(new EstimateLineForm("Монтаж", 1L, "послуга", 15_000L));
        form.setContactEmail("author@example.org");
        form.setContactPhone("+380 67 000 00 00");
        return form;
    }

    private Long submittedProject() {
        world.signInResident(ProposalWorld.AUTHOR);
        return world.call(b -> b.submission().submitNew(world.cycleId, form())).id();
    }

    private Long projectUnderReview() {
        Long id = submittedProject();
        world.signInCommission(world.hromadaId);
        world.call(b -> b.reviewing().startReview(id));
        return id;
    }

    private static ReviewForm decision(ReviewDecision decision, String comment) {
        ReviewForm review = new ReviewForm();
        review.setComplete(true);
        review.setLegal(true);
        review.setWithinPowers(true);
        review.setOnPublicLand(true);
        review.setCostRealistic(true);
        review.setDecision(decision);
        review.setCommentToAuthor(comment);
        review.setInternalNote("Перевірено на місці");
        return review;
    }

    private long count(String entity) {
        return world.persistence.count(entity);
    }

    @Test
    void theWholeLoopFromDraftToAcceptedIsRecordedAuditedAndMailed() {
        world.signInResident(ProposalWorld.AUTHOR);
        Long id = world.call(b -> b.submission().startDraft(world.cycleId, form())).id();
        byte[] photo = TestImages.image("jpeg", 64, 48);
        world.call(b -> b.submission().upload(id, AttachmentKind.PHOTO, "C:\\fakepath\\лавка.jpg", photo));
        world.call(b -> b.submission().submit(id, form()));

        world.signInCommission(world.hromadaId);
        assertTrue((boolean) world.call(b -> b.reviewing().queue(ProposalWorld.queueOf(world.cycleId, null), null))
                .stream().anyMatch(project -> project.id().equals(id)));
        world.call(b -> b.reviewing().startReview(id));
        world.call(b -> b.moderation().decide(id, decision(ReviewDecision.REQUEST_REVISION, "Додайте фото з іншого боку")));

        world.signInResident(ProposalWorld.AUTHOR);
        ProjectForm revised = form();
        revised.setSummary("Нові лавки біля ставу, з обох боків");
        world.call(b -> b.submission().submit(id, revised));

        world.signInCommission(world.hromadaId);
        world.call(b -> b.reviewing().startReview(id));
        world.call(b -> b.moderation().decide(id, decision(ReviewDecision.ACCEPT, null)));

        world.signOut();
        Project accepted = world.call(b -> {
            Project project = b.catalogue().project(id);
            project.history().size();
            project.estimate().size();
            return project;
        });
        assertEquals(ProjectStatus.ACCEPTED, accepted.status());
        assertEquals(75_000, accepted.totalCost().hryvnias());
        assertEquals(List.of(ProjectEvent.CREATED, ProjectEvent.SUBMITTED, ProjectEvent.REVIEW_STARTED, ProjectEvent.REVISION_REQUESTED,
                ProjectEvent.RESUBMITTED, ProjectEvent.REVIEW_STARTED, ProjectEvent.ACCEPTED),
                accepted.history().stream().map(ProjectTransition::event).toList());
        assertEquals(world.hromadas.commissionA.fullName(), accepted.history().get(3).actor().name());
        assertEquals(List.of(ProjectEvent.REVISION_REQUESTED, ProjectEvent.ACCEPTED), world.decisions.stream()
                .filter(decided -> decided.projectId().equals(id)).map(ProjectDecided::event).toList());
        assertEquals(4L, (long) world.call(b -> b.entityManager().createQuery(
                "select count(a) from AuditEntry a where a.subjectType = 'Project' and a.subjectId = :id", Long.class)
                .setParameter("id", id).getSingleResult()));
        assertEquals(2L, (long) world.call(b -> b.entityManager().createQuery(
                "select count(r) from Review r where r.projectId = :id", Long.class).setParameter("id", id).getSingleResult()));
        assertTrue((boolean) world.call(b -> b.catalogue().page(new CatalogueQuery(world.cycleId, null, null, EnumSet.of(ProjectStatus.ACCEPTED),
                "обох боків", CatalogueSort.NEWEST, 0, 20))).items().stream().anyMatch(project -> project.id().equals(id)));

        ProjectCatalogue.StoredFile file = world.call(b -> b.catalogue().file(b.catalogue().attachmentsOf(accepted).get(0).id()));
        assertEquals("лавка.jpg", file.attachment().fileName());
        assertNotEquals(photo.length, 0);
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8}, java.util.Arrays.copyOf(file.content(), 2));
    }

    @Test
    void missingFieldsAreRefusedAndNothingIsSaved() {
        world.signInResident(ProposalWorld.AUTHOR);
        long before = count("Project");
        ProjectForm incomplete = form();
        incomplete.setSummary(" ");
        incomplete.setCategoryId(null);
        assertRefused(() -> world.call(b -> b.submission().submitNew(world.cycleId, incomplete)), "summary", "validation.required");
        assertRefused(() -> world.call(b -> b.submission().submitNew(world.cycleId, incomplete)), "categoryId", "validation.required");
        assertEquals(before, count("Project"));
    }

    @Test
    void aTotalOutsideTheCategoryRangeNegativeNumbersAndOverLongTextAreRefused() {
        world.signInResident(ProposalWorld.AUTHOR);
        long before = count("Project");
        ProjectForm tooExpensive = form();
        tooExpensive.getEstimate().get(0).setQuantity(1000L);
        assertRefused(() -> world.call(b -> b.submission().submitNew(world.cycleId, tooExpensive)), "estimate", "proposal.totalOutOfRange");
        ProjectForm negative = form();
        negative.getEstimate().get(1).setUnitPrice(-1L);
        negative.getEstimate().get(0).setQuantity(-3L);
        assertRefused(() -> world.call(b -> b.submission().startDraft(world.cycleId, negative)), "estimate[1].unitPrice", "validation.range");
        assertRefused(() -> world.call(b -> b.submission().startDraft(world.cycleId, negative)), "estimate[0].quantity", "validation.range");
        ProjectForm overLong = form();
        overLong.setSummary("a".repeat(Project.MAX_SUMMARY + 1));
        assertRefused(() -> world.call(b -> b.submission().startDraft(world.cycleId, overLong)), "summary", "validation.tooLong");
        assertEquals(before, count("Project"));
    }

    @Test
    void scriptInTextIsStoredAsTextNotInterpreted() {
        world.signInResident(ProposalWorld.AUTHOR);
        ProjectForm form = form();
        form.setTitle("<script>alert('x')</script> Лавки");
        Long id = world.call(b -> b.submission().submitNew(world.cycleId, form)).id();
        assertEquals("<script>alert('x')</script> Лавки", world.call(b -> b.catalogue().project(id)).title());
    }

    @Test
    void afterTheDeadlineNothingCanBeSubmittedOrEdited() {
        world.signInResident(ProposalWorld.AUTHOR);
        Long draftId = world.call(b -> b.submission().startDraft(world.cycleId, form())).id();
        world.clock = ProposalWorld.clockOn(world.submissionStart.plusDays(31));
        assertRefused(() -> world.call(b -> b.submission().startDraft(world.cycleId, form())), null, "proposal.submissionClosed");
        assertRefused(() -> world.call(b -> b.submission().submit(draftId, form())), null, "proposal.submissionClosed");
        assertRefused(() -> world.call(b -> b.submission().saveDraft(draftId, form())), null, "proposal.submissionClosed");
        assertFalse((boolean) world.call(b -> b.submission().isEditable(b.submission().ownProject(draftId))));
    }

    @Test
    void anIneligibleResidentCannotSubmit() {
        world.signInResident(ProposalWorld.TOO_YOUNG);
        assertRefused(() -> world.call(b -> b.submission().startDraft(world.cycleId, form())), null, "eligibility.tooYoung");
    }

    @Test
    void nobodyEditsSomeoneElsesProject() {
        Long id = submittedProject();
        world.signInResident(ProposalWorld.NEIGHBOUR);
        assertThrows(AccessDeniedException.class, () -> world.call(b -> b.submission().saveDraft(id, form())));
        assertThrows(AccessDeniedException.class, () -> world.call(b -> b.submission().withdraw(id, "не моє")));
        world.signOut();
        assertThrows(AccessDeniedException.class, () -> world.call(b -> b.submission().saveDraft(id, form())));
    }

    @Test
    void aCommissionMemberOfAnotherHromadaAndAResidentCannotReview() {
        Long id = submittedProject();
        world.signInCommission(world.otherHromadaId);
        assertThrows(AccessDeniedException.class, () -> world.call(b -> b.reviewing().startReview(id)));
        assertThrows(AccessDeniedException.class, () -> world.call(b -> b.reviewing().projectForReview(id)));
        assertTrue((boolean) world.call(b -> b.reviewing().queue(ProposalWorld.queueOf(null, null), null)).isEmpty());
        world.signInResident(ProposalWorld.AUTHOR);
        assertThrows(AccessDeniedException.class, () -> world.call(b -> b.reviewing().startReview(id)));
        assertThrows(AccessDeniedException.class, () -> world.call(b -> b.moderation().decide(id, decision(ReviewDecision.ACCEPT, null))));
        world.signInCommission(world.hromadaId);
        assertEquals(ProjectStatus.SUBMITTED, world.call(b -> b.reviewing().projectForReview(id)).status());
    }

    @Test
    void rejectingNeedsAReasonAndAcceptingNeedsTheWholeChecklist() {
        Long id = projectUnderReview();
        assertRefused(() -> world.call(b -> b.moderation().decide(id, decision(ReviewDecision.REJECT, " "))), "commentToAuthor",
                "validation.required");
        ReviewForm unchecked = decision(ReviewDecision.ACCEPT, null);
        unchecked.setOnPublicLand(false);
        assertRefused(() -> world.call(b -> b.moderation().decide(id, unchecked)), "decision", "moderation.checklistIncomplete");
        world.call(b -> b.moderation().decide(id, decision(ReviewDecision.REJECT, "Ділянка приватна")));
        world.signOut();
        Project rejected = world.call(b -> b.catalogue().project(id));
        assertEquals("Ділянка приватна", rejected.statusReason());
    }

    @Test
    void overSizeAndDisguisedUploadsAreRefusedAndLeaveNoFile() {
        world.signInResident(ProposalWorld.AUTHOR);
        Long id = world.call(b -> b.submission().startDraft(world.cycleId, form())).id();
        long before = count("Attachment");
        byte[] html = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> world.call(b -> b.submission().upload(id, AttachmentKind.PHOTO, "photo.jpg", html)), "photo",
                "upload.typeNotAllowed.PHOTO");
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> world.call(b -> b.submission().upload(id, AttachmentKind.DOCUMENT, "plan.pdf", svg)), "document",
                "upload.typeNotAllowed.DOCUMENT");
        byte[] huge = new byte[(int) AttachmentKind.PHOTO.maxBytes() + 10];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertRefused(() -> world.call(b -> b.submission().upload(id, AttachmentKind.PHOTO, "big.jpg", huge)), "photo", "upload.tooLarge");
        world.signInResident(ProposalWorld.NEIGHBOUR);
        assertThrows(AccessDeniedException.class,
                () -> world.call(b -> b.submission().upload(id, AttachmentKind.PHOTO, "x.jpg", TestImages.image("png", 4, 4))));
        assertEquals(before, count("Attachment"));
    }

    @Test
    void uploadsAreLimitedPerProjectAndPerResidentHour() {
        world.signInResident(ProposalWorld.PHOTOGRAPHER);
        Long first = world.call(b -> b.submission().startDraft(world.cycleId, form())).id();
        Long second = world.call(b -> b.submission().startDraft(world.cycleId, form())).id();
        byte[] photo = TestImages.image("png", 8, 8);
        for (int i = 0; i < Attachment.MAX_PER_PROJECT; i++) {
            world.call(b -> b.submission().upload(first, AttachmentKind.PHOTO, "photo.png", photo));
        }
        assertRefused(() -> world.call(b -> b.submission().upload(first, AttachmentKind.PHOTO, "photo.png", photo)), "photo",
                "upload.tooMany");
        for (int i = Attachment.MAX_PER_PROJECT; i < ProjectSubmission.UPLOADS_PER_HOUR; i++) {
            world.call(b -> b.submission().upload(second, AttachmentKind.PHOTO, "photo.png", photo));
        }
        assertRefused(() -> world.call(b -> b.submission().upload(second, AttachmentKind.PHOTO, "photo.png", photo)), "photo",
                "upload.rateLimited");
        world.clock = ProposalWorld.clockOn(world.submissionStart.plusDays(6));
        world.call(b -> b.submission().upload(second, AttachmentKind.PHOTO, "photo.png", photo));
    }

    @Test
    void draftsAndPrivateContactsStayPrivate() {
        world.signInResident(ProposalWorld.AUTHOR);
        Long draftId = world.call(b -> b.submission().startDraft(world.cycleId, form())).id();
        world.signOut();
        assertThrows(NotFoundException.class, () -> world.call(b -> b.catalogue().project(draftId)));
        assertTrue(world.call(b -> b.catalogue().page(new CatalogueQuery(world.cycleId, null, null, EnumSet.of(ProjectStatus.DRAFT),
                null, CatalogueSort.NEWEST, 0, 20))).items().isEmpty(), "drafts never reach the catalogue");
        Long submittedId = submittedProject();
        world.signInResident(ProposalWorld.NEIGHBOUR);
        assertFalse((boolean) world.call(b -> b.catalogue().mayViewPrivate(b.catalogue().project(submittedId))));
        world.signInResident(ProposalWorld.AUTHOR);
        assertTrue((boolean) world.call(b -> b.catalogue().mayViewPrivate(b.catalogue().project(submittedId))));
        world.signInCommission(world.hromadaId);
        assertTrue((boolean) world.call(b -> b.catalogue().mayViewPrivate(b.catalogue().project(submittedId))));
        world.signInCommission(world.otherHromadaId);
        assertFalse((boolean) world.call(b -> b.catalogue().mayViewPrivate(b.catalogue().project(submittedId))));
    }

    @Test
    void aResidentSupportsAProjectOnceTheDatabaseSaysSo() {
        Long id = submittedProject();
        world.signInResident(ProposalWorld.NEIGHBOUR);
        world.call(b -> {
            b.submission().support(id);
            return null;
        });
        assertRefused(() -> world.call(b -> {
            b.submission().support(id);
            return null;
        }), null, "support.already");
        world.signInResident(ProposalWorld.AUTHOR);
        assertRefused(() -> world.call(b -> {
            b.submission().support(id);
            return null;
        }), null, "support.ownProject");
        assertEquals(1L, (long) world.call(b -> b.catalogue().supportersOf(b.catalogue().project(id))));
    }

    @Test
    void theAuthorDecidesOnAnExpertEstimateAndTheWithdrawnProjectShowsWhy() {
        Long id = projectUnderReview();
        world.call(b -> b.reviewing().proposeExpertEstimate(id, "Ціни завищені",
                List.of(new EstimateLineForm("Лавка", 10L, "шт", 5_000L))));
        world.signInResident(ProposalWorld.AUTHOR);
        assertEquals(50_000, world.call(b -> b.submission().acceptExpertEstimate(id)).totalCost().hryvnias());
        world.call(b -> b.submission().withdraw(id, "Знайшли спонсора"));
        world.signOut();
        Project withdrawn = world.call(b -> b.catalogue().project(id));
        assertEquals(ProjectStatus.WITHDRAWN, withdrawn.status());
        assertEquals("Знайшли спонсора", withdrawn.statusReason());
    }

    @Test
    void similarProjectsMergeOnlyWithBothAuthorsConsent() {
        Long kept = submittedProject();
        world.signInResident(ProposalWorld.NEIGHBOUR);
        Long absorbed = world.call(b -> b.submission().submitNew(world.cycleId, form())).id();
        world.signInCommission(world.hromadaId);
        Long mergeId = world.call(b -> b.reviewing().proposeMerge(kept, absorbed)).id();
        world.signInResident(ProposalWorld.NEIGHBOUR);
        world.call(b -> b.submission().consentToMerge(mergeId));
        assertEquals(ProjectStatus.SUBMITTED, world.call(b -> b.catalogue().project(absorbed)).status());
        world.signInResident(ProposalWorld.TOO_YOUNG);
        assertThrows(AccessDeniedException.class, () -> world.call(b -> b.submission().consentToMerge(mergeId)));
        world.signInResident(ProposalWorld.AUTHOR);
        world.call(b -> b.submission().consentToMerge(mergeId));
        assertEquals(ProjectStatus.MERGED, world.call(b -> b.catalogue().project(absorbed)).status());
        assertEquals(1, (int) world.call(b -> b.catalogue().project(kept).coAuthors().size()));
    }
}
