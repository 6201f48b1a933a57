package ua.uchast.implementation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ua.uchast.testsupport.Refusals.assertRefused;
import static ua.uchast.testsupport.Refusals.violationsOf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.Money;

/** The rules of a winner's implementation record: the status machine, the plan and its money, reports, overdue. */
class ImplementationTest {

    private static final LocalDate RESULTS = LocalDate.of(2027, 6, 1);
    private static final LocalDate TODAY = LocalDate.of(2027, 9, 1);
    private static final LocalDateTime NOW = TODAY.atTime(9, 0);
    private static final Editor EXECUTOR = new Editor(7L, "Василь Гнатюк");

    private static Implementation fresh() {
        return Implementation.startFor(100L, 1L, 2L, Money.ofHryvnias(250_000), NOW);
    }

    private static PlanForm plan(Long planned, Long spent, String overspendReason, LocalDate completion) {
        PlanForm form = new PlanForm();
        form.setDepartment("Відділ благоустрою");
        form.setPlannedAmount(planned);
        form.setSpentAmount(spent);
        form.setOverspendReason(overspendReason);
        form.setPlannedCompletion(completion);
        return form;
    }

    private static Implementation planned() {
        Implementation implementation = fresh();
        implementation.revise(plan(250_000L, 0L, null, LocalDate.of(2027, 10, 1)), RESULTS, EXECUTOR, NOW);
        return implementation;
    }

    private static ReportForm report(LocalDate day, String text) {
        ReportForm form = new ReportForm();
        form.setReportedOn(day);
        form.setText(text);
        return form;
    }

    @Test
    void aWinnerStartsPlannedWithItsCostAsThePlanAndNothingSpent() {
        Implementation implementation = fresh();
        assertEquals(ImplementationStatus.PLANNED, implementation.status());
        assertEquals(250_000, implementation.plannedAmount().hryvnias());
        assertEquals(0, implementation.spentAmount().hryvnias());
        assertFalse(implementation.isPlanned(), "no department or date yet");
        assertTrue(implementation.history().isEmpty());
    }

    @Test
    void theStatusGoesPlannedInProgressImplementedAndNothingElse() {
        Implementation implementation = planned();
        assertRefused(() -> implementation.moveTo(ImplementationStatus.IMPLEMENTED, null, EXECUTOR, NOW), null,
                "implementation.wrongStatus");
        assertRefused(() -> implementation.moveTo(ImplementationStatus.PLANNED, null, EXECUTOR, NOW), null, "implementation.wrongStatus");
        implementation.moveTo(ImplementationStatus.IN_PROGRESS, null, EXECUTOR, NOW);
        implementation.moveTo(ImplementationStatus.IMPLEMENTED, "Прийнято за актом", EXECUTOR, NOW);
        assertEquals(ImplementationStatus.IMPLEMENTED, implementation.status());
        assertEquals("Прийнято за актом", implementation.statusReason());
        for (ImplementationStatus any : ImplementationStatus.values()) {
            assertRefused(() -> implementation.moveTo(any, "ще раз", EXECUTOR, NOW), null, "implementation.wrongStatus");
        }
        ImplementationEvent last = implementation.history().get(implementation.history().size() - 1);
        assertEquals(ImplementationEvent.Kind.STATUS_CHANGED, last.kind());
        assertEquals(ImplementationStatus.IN_PROGRESS, last.from());
        assertEquals(ImplementationStatus.IMPLEMENTED, last.to());
    }

    @Test
    void workStartsOnlyOncePlannedAndNotImplementedNeedsAReason() {
        Implementation implementation = fresh();
        assertRefused(() -> implementation.moveTo(ImplementationStatus.IN_PROGRESS, null, EXECUTOR, NOW), null,
                "implementation.planFirst");
        assertRefused(() -> implementation.moveTo(ImplementationStatus.NOT_IMPLEMENTED, "  ", EXECUTOR, NOW), "reason",
                "validation.required");
        assertEquals(ImplementationStatus.PLANNED, implementation.status());
        assertTrue(implementation.history().isEmpty(), "a refusal records nothing");
        implementation.moveTo(ImplementationStatus.NOT_IMPLEMENTED, "Ділянку не оформлено", EXECUTOR, NOW);
        assertEquals(ImplementationStatus.NOT_IMPLEMENTED, implementation.status());
    }

    @Test
    void spentBelowZeroOverPlannedWithoutAReasonAndADateBeforeTheResultsAreRefusedTogetherChangingNothing() {
        Implementation implementation = planned();
        int entries = implementation.history().size();
        assertRefused(() -> implementation.revise(plan(250_000L, -1L, null, LocalDate.of(2027, 10, 1)), RESULTS, EXECUTOR, NOW),
                "spentAmount", "implementation.spentNegative");
        assertRefused(() -> implementation.revise(plan(250_000L, 260_000L, " ", LocalDate.of(2027, 10, 1)), RESULTS, EXECUTOR, NOW),
                "overspendReason", "implementation.overspendReasonRequired");
        assertRefused(() -> implementation.revise(plan(250_000L, 0L, null, RESULTS.minusDays(1)), RESULTS, EXECUTOR, NOW),
                "plannedCompletion", "implementation.completionBeforeResults");
        List<FieldViolation> all = violationsOf(() -> implementation.revise(plan(0L, null, null, null), RESULTS, EXECUTOR, NOW));
        assertEquals(List.of(FieldViolation.of("plannedAmount", "validation.moneyPositive"),
                FieldViolation.of("spentAmount", "validation.required"), FieldViolation.of("plannedCompletion", "validation.required")),
                all);
        assertEquals(0, implementation.spentAmount().hryvnias());
        assertEquals(LocalDate.of(2027, 10, 1), implementation.plannedCompletion());
        assertEquals(entries, implementation.history().size());
    }

    @Test
    void moreThanPlannedIsSpentWithAReasonTheResultsDayItselfIsAllowedAndTheSamePlanAgainChangesNothing() {
        Implementation implementation = planned();
        assertTrue(implementation.revise(plan(250_000L, 270_000L, "Ціни зросли", RESULTS), RESULTS, EXECUTOR, NOW));
        assertEquals(108, implementation.percentSpent());
        assertEquals("Ціни зросли", implementation.overspendReason());
        ImplementationEvent revision = implementation.history().get(implementation.history().size() - 1);
        assertEquals(270_000, revision.spentAmount().hryvnias(), "the history keeps the plan as it stood");
        assertFalse(implementation.revise(plan(250_000L, 270_000L, "Ціни зросли", RESULTS), RESULTS, EXECUTOR, NOW));
        assertTrue(implementation.revise(plan(300_000L, 270_000L, "Ціни зросли", RESULTS), RESULTS, EXECUTOR, NOW));
        assertNull(implementation.overspendReason(), "within the plan again, no reason is kept");
    }

    @Test
    void aReportIsDatedNotInTheFutureNotBeforeTheResultsAndHasTextAndAtMostFivePhotos() {
        Implementation implementation = planned();
        assertRefused(() -> implementation.report(report(TODAY.plusDays(1), "Завтра"), 0, RESULTS, TODAY, EXECUTOR, NOW), "reportedOn",
                "implementation.reportInFuture");
        assertRefused(() -> implementation.report(report(RESULTS.minusDays(1), "Давно"), 0, RESULTS, TODAY, EXECUTOR, NOW), "reportedOn",
                "implementation.reportBeforeResults");
        assertRefused(() -> implementation.report(report(TODAY, " "), 0, RESULTS, TODAY, EXECUTOR, NOW), "text", "validation.required");
        assertRefused(() -> implementation.report(report(TODAY, "Фото"), 6, RESULTS, TODAY, EXECUTOR, NOW), "photos",
                "implementation.tooManyPhotos");
        assertTrue(implementation.reports().isEmpty());
        ProgressReport posted = implementation.report(report(TODAY, "  Завезено матеріали  "), 5, RESULTS, TODAY, EXECUTOR, NOW);
        assertEquals("Завезено матеріали", posted.text());
        assertEquals(List.of(posted), implementation.reports());
        assertEquals(posted, implementation.history().get(implementation.history().size() - 1).report());
    }

    @Test
    void overdueIsPastThePlannedDateAndNeitherImplementedNorGivenUp() {
        Implementation implementation = planned();
        assertFalse(implementation.isOverdue(LocalDate.of(2027, 10, 1)), "on the day itself it is not late yet");
        assertTrue(implementation.isOverdue(LocalDate.of(2027, 10, 2)));
        implementation.moveTo(ImplementationStatus.IN_PROGRESS, null, EXECUTOR, NOW);
        implementation.moveTo(ImplementationStatus.IMPLEMENTED, null, EXECUTOR, NOW);
        assertFalse(implementation.isOverdue(LocalDate.of(2027, 10, 2)));
        assertFalse(fresh().isOverdue(LocalDate.of(2030, 1, 1)), "no date, nothing to be late for");
    }

    @Test
    void whoIsResponsibleIsKeptForStaffButNotInThePublicHistory() {
        Implementation implementation = fresh();
        assertTrue(implementation.assign(7L, "Василь Гнатюк", EXECUTOR, NOW));
        assertFalse(implementation.assign(7L, "Василь Гнатюк", EXECUTOR, NOW), "the same person again changes nothing");
        assertTrue(implementation.isAssignedTo(7L));
        assertFalse(implementation.isAssignedTo(8L));
        assertEquals(1, implementation.history().size());
        assertTrue(implementation.publicHistory().isEmpty());
        implementation.assign(null, null, EXECUTOR, NOW);
        assertFalse(implementation.isAssignedTo(7L));
    }

    @Test
    void followersAddressesAreCheckedAndComparedInLowerCase() {
        assertEquals("ganna@example.org", Follower.resident(1L, 2L, "  Ganna@Example.ORG ", NOW).email());
        assertRefused(() -> Follower.resident(1L, 2L, "ganna at example", NOW), "email", "validation.email");
        assertRefused(() -> Follower.resident(1L, 2L, "", NOW), "email", "validation.required");
    }
}
