package ua.uchast.tally.control;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ua.uchast.cycle.entity.BudgetCategory;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CategoryPlan;
import ua.uchast.cycle.entity.CyclePlan;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;

/**
 * The cycle a historic .pb file becomes: one category with the file's budget (in whole units of its currency, rounded
 * up), a cost range covering its projects, voting on META {@code date_begin}..{@code date_end}, the year of META
 * {@code instance}, and the file's rule, currency and exact budget as a historic record.
 */
public final class HistoricCyclePlan {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);
    private static final int DATE_LENGTH = 10;

    private HistoricCyclePlan() {
    }

    /**
     * The plan; without dates in META voting is placed in June of the year before the budget year, and without a
     * year in META the budget year is the latest past year the hromada has no cycle for.
     */
    public static CyclePlan of(PbElection election, PublishedRule.Reading rule, String title, LocalDate today,
            Set<Integer> takenYears) {
        Optional<LocalDate> votingStart = date(election, "date_begin");
        Optional<LocalDate> votingEnd = date(election, "date_end").filter(end -> votingStart.isPresent()
                && !end.isBefore(votingStart.get()));
        int year = meta(election, "instance").filter(instance -> instance.matches("\\d{4}")).map(Integer::valueOf)
                .or(() -> votingEnd.map(LocalDate::getYear))
                .orElseGet(() -> latestFreePastYear(today, takenYears));
        LocalDate start = votingEnd.isPresent() ? votingStart.get() : LocalDate.of(year - 1, 6, 1);
        LocalDate end = votingEnd.orElse(start.plusDays(13));

        CyclePlan plan = new CyclePlan();
        plan.setTitle(title == null || title.isBlank() ? titleFromMeta(election) : title);
        plan.setYear(year);
        plan.setTotalBudget(wholeUnits(election, election.budget(), RoundingMode.CEILING));
        plan.setSubmissionStart(start.minusDays(60));
        plan.setSubmissionEnd(start.minusDays(31));
        plan.setReviewEnd(start.minusDays(1));
        plan.setVotingStart(start);
        plan.setVotingEnd(end);
        plan.setResultsDate(end.plusDays(1));
        plan.setImplementationStart(end.plusDays(1));
        RuleTranslation.readPabulibRule(election, rule, plan);
        plan.addCategory(category(election, plan.getTitle()));
        return plan;
    }

    private static CategoryPlan category(PbElection election, String title) {
        String name = Stream.of("subunit", "district", "unit").map(key -> meta(election, key)).flatMap(Optional::stream)
                .findFirst().orElse(title);
        long budget = wholeUnits(election, election.budget(), RoundingMode.CEILING);
        long minCost = wholeUnits(election,
                election.projects().stream().mapToLong(TallyProject::cost).min().orElse(0), RoundingMode.FLOOR);
        long maxCost = Math.min(budget, wholeUnits(election,
                election.projects().stream().mapToLong(TallyProject::cost).max().orElse(election.budget()),
                RoundingMode.CEILING));
        long longestBallot = meta(election, "max_length").map(length -> Long.valueOf(PbElection.wholeDigits(length)))
                .orElseGet(() -> election.ballots().stream().mapToLong(ballot -> ballot.projectIds().size()).max()
                        .orElse(1));
        int maxChoices = (int) Math.max(1, Math.min(longestBallot, BudgetCategory.MAX_CHOICES));
        return new CategoryPlan(abbreviate(name, BudgetCategory.MAX_NAME), budget, Math.min(minCost, maxCost),
                maxCost, maxChoices);
    }

    /** The cycle counts whole units of the file's currency; its exact amounts are kept with the ballots. */
    private static long wholeUnits(PbElection election, long units, RoundingMode rounding) {
        return election.exactAmount(units).setScale(0, rounding).longValueExact();
    }

    private static String titleFromMeta(PbElection election) {
        String title = Stream.of("unit", "subunit", "instance").map(key -> meta(election, key))
                .flatMap(Optional::stream).distinct().collect(Collectors.joining(" "));
        return abbreviate(title.isEmpty() ? "pabulib" : title, BudgetCycle.MAX_TITLE);
    }

    private static int latestFreePastYear(LocalDate today, Set<Integer> takenYears) {
        int year = today.getYear() - 1;
        while (takenYears.contains(year)) {
            year--;
        }
        return year;
    }

    private static Optional<LocalDate> date(PbElection election, String key) {
        return meta(election, key).filter(text -> text.length() >= DATE_LENGTH)
                .flatMap(text -> DATE_FORMATS.stream().map(format -> parse(text.substring(0, DATE_LENGTH), format))
                        .flatMap(Optional::stream).findFirst());
    }

    private static Optional<LocalDate> parse(String text, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.parse(text, format));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> meta(PbElection election, String key) {
        return Optional.ofNullable(election.meta().get(key)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static String abbreviate(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength - 1) + "…";
    }
}
