package ua.uchast.results.control;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.entity.BudgetCategory;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.identity.boundary.ResidentRegistry;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectStatus;
import ua.uchast.results.entity.CategoryResult;
import ua.uchast.results.entity.Measure;
import ua.uchast.results.entity.ProjectLine;
import ua.uchast.results.entity.PublishedResult;
import ua.uchast.results.entity.SmallGroups;
import ua.uchast.results.entity.StatisticRow;
import ua.uchast.voting.entity.AgeBand;
import ua.uchast.voting.entity.Channel;
import ua.uchast.voting.entity.RegisterTotals;

/**
 * The statistics a version stores, counted once at publishing: voters from the voter register's counts (never from the
 * ballot box), projects, their authors' ages and the money asked for from the projects. Exact counts; what may be shown
 * of small groups of people is {@link SmallGroups}' decision.
 */
@ApplicationScoped
public class StatisticsCounting {

    static final String UNKNOWN = "none";

    private ResidentRegistry residents;

    protected StatisticsCounting() {
    }

    @Inject
    public StatisticsCounting(ResidentRegistry residents) {
        this.residents = residents;
    }

    /**
     * Whether a correction keeps the voters' statistics of {@code earlier}: when it adds fewer than 5 voters, their
     * breakdown is not published (comparing the two versions would show those few voters' age, gender and place next to
     * the votes they added).
     */
    static boolean keepsVoterRows(PublishedResult earlier, RegisterTotals register) {
        long counted = earlier.statistics(Measure.VOTERS_BY_CHANNEL).stream().mapToLong(StatisticRow::amount).sum();
        long added = Math.abs(register.voters() - counted);
        return earlier.hasVoterStatistics() && added > 0 && added < SmallGroups.THRESHOLD;
    }

    static List<StatisticRow> voterRowsOf(PublishedResult earlier) {
        return earlier.statistics().stream().filter(row -> row.measure().ofVoters())
                .map(row -> new StatisticRow(row.measure(), row.groupKey(), row.label(), row.amount())).toList();
    }

    /** Voters by age band, gender, territory, channel and day of the voting period (every day, with its zeros). */
    public List<StatisticRow> ofVoters(BudgetCycle cycle, Hromada hromada, RegisterTotals register) {
        List<StatisticRow> rows = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            rows.add(new StatisticRow(Measure.VOTERS_BY_AGE_BAND, band.name(), band.label(), register.byAgeBand().getOrDefault(band, 0L)));
        }
        for (Rnokpp.Gender gender : Rnokpp.Gender.values()) {
            rows.add(new StatisticRow(Measure.VOTERS_BY_GENDER, gender.name(), null, register.byGender().getOrDefault(gender, 0L)));
        }
        if (register.genderUnknown() > 0) {
            rows.add(new StatisticRow(Measure.VOTERS_BY_GENDER, UNKNOWN, null, register.genderUnknown()));
        }
        rows.addAll(byTerritory(Measure.VOTERS_BY_TERRITORY, hromada, register.byTerritory(), register.territoryUnknown()));
        for (Channel channel : Channel.values()) {
            rows.add(new StatisticRow(Measure.VOTERS_BY_CHANNEL, channel.name(), null, register.channel(channel)));
        }
        SortedMap<LocalDate, Long> days = new TreeMap<>(register.byDay());
        for (LocalDate day = cycle.phases().votingStart(); !day.isAfter(cycle.phases().votingEnd()); day = day.plusDays(1)) {
            days.putIfAbsent(day, 0L);
        }
        days.forEach((day, voters) -> rows.add(new StatisticRow(Measure.VOTERS_BY_DAY, day.toString(), null, voters)));
        return rows;
    }

    /**
     * Projects by category, territory and status (the tally's outcome for those on the ballot), the money asked for
     * (projects still standing: neither withdrawn nor merged into another) against each category's budget, and the
     * authors' age bands when they submitted. An imported election has only its projects and budget.
     */
    public List<StatisticRow> ofProjects(BudgetCycle cycle, Hromada hromada, List<CategoryResult> categories, List<Project> projects,
            Set<Long> winners) {
        if (cycle.isHistoric()) {
            return ofImportedProjects(categories);
        }
        List<StatisticRow> rows = new ArrayList<>();
        List<Project> standing = projects.stream().filter(project -> project.status() != ProjectStatus.MERGED).toList();
        for (BudgetCategory category : cycle.categories()) {
            rows.add(new StatisticRow(Measure.PROJECTS_BY_CATEGORY, String.valueOf(category.id()), category.name(),
                    standing.stream().filter(project -> category.id().equals(project.categoryId())).count()));
        }
        Map<Long, Long> byTerritory = standing.stream().filter(project -> project.territoryId() != null)
                .collect(Collectors.groupingBy(Project::territoryId, Collectors.counting()));
        rows.addAll(byTerritory(Measure.PROJECTS_BY_TERRITORY, hromada, byTerritory,
                standing.stream().filter(project -> project.territoryId() == null).count()));
        Map<ProjectStatus, Long> byStatus = new EnumMap<>(ProjectStatus.class);
        projects.forEach(project -> byStatus.merge(statusAfter(project, winners), 1L, Long::sum));
        byStatus.forEach((status, count) -> rows.add(new StatisticRow(Measure.PROJECTS_BY_STATUS, status.name(), null, count)));
        for (BudgetCategory category : cycle.categories()) {
            long asked = standing.stream().filter(project -> project.status() != ProjectStatus.WITHDRAWN)
                    .filter(project -> category.id().equals(project.categoryId())).mapToLong(project -> project.totalCost().hryvnias())
                    .sum();
            rows.add(new StatisticRow(Measure.MONEY_ASKED, String.valueOf(category.id()), category.name(), asked));
            rows.add(new StatisticRow(Measure.MONEY_AVAILABLE, String.valueOf(category.id()), category.name(),
                    category.budget().hryvnias()));
        }
        rows.addAll(authorsByAgeBand(standing));
        return rows;
    }

    private static ProjectStatus statusAfter(Project project, Set<Long> winners) {
        if (!ProjectStatus.ON_BALLOT.contains(project.status())) {
            return project.status();
        }
        return winners.contains(project.id()) ? ProjectStatus.WINNER : ProjectStatus.NOT_SELECTED;
    }

    /** Each author once, at the age they had when they first submitted a project of the cycle. */
    private List<StatisticRow> authorsByAgeBand(List<Project> projects) {
        Map<Long, LocalDate> firstSubmitted = projects.stream().collect(Collectors.toMap(Project::authorId, StatisticsCounting::submittedOn,
                (one, other) -> one.isBefore(other) ? one : other));
        Map<Long, LocalDate> birthDates = residents.birthDates(firstSubmitted.keySet());
        Map<AgeBand, Long> bands = new EnumMap<>(AgeBand.class);
        firstSubmitted.forEach((author, on) -> {
            LocalDate birthDate = birthDates.get(author);
            if (birthDate != null) {
                bands.merge(AgeBand.of(birthDate, on), 1L, Long::sum);
            }
        });
        List<StatisticRow> rows = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            rows.add(new StatisticRow(Measure.AUTHORS_BY_AGE_BAND, band.name(), band.label(), bands.getOrDefault(band, 0L)));
        }
        return rows;
    }

    private static LocalDate submittedOn(Project project) {
        return Objects.requireNonNullElse(project.submittedAt(), project.createdAt()).atOffset(ZoneOffset.UTC)
                .atZoneSameInstant(KyivTime.ZONE).toLocalDate();
    }

    /** Every territory of the hromada in its order (with its zeros), then any no longer there, then the unknown ones. */
    private static List<StatisticRow> byTerritory(Measure measure, Hromada hromada, Map<Long, Long> counts, long unknown) {
        Map<Long, String> names = new LinkedHashMap<>();
        hromada.territories().forEach(territory -> names.put(territory.id(), territory.name()));
        counts.keySet().stream().filter(id -> !names.containsKey(id)).sorted().forEach(id -> names.put(id, "#" + id));
        List<StatisticRow> rows = new ArrayList<>();
        names.forEach((id, name) -> rows.add(new StatisticRow(measure, String.valueOf(id), name, counts.getOrDefault(id, 0L))));
        if (unknown > 0) {
            rows.add(new StatisticRow(measure, UNKNOWN, null, unknown));
        }
        return rows;
    }

    private static List<StatisticRow> ofImportedProjects(List<CategoryResult> categories) {
        List<StatisticRow> rows = new ArrayList<>();
        long won = 0;
        long lost = 0;
        for (CategoryResult category : categories) {
            String key = String.valueOf(category.categoryId());
            rows.add(new StatisticRow(Measure.PROJECTS_BY_CATEGORY, key, category.name(), category.lines().size()));
            rows.add(new StatisticRow(Measure.MONEY_ASKED, key, category.name(),
                    category.lines().stream().mapToLong(ProjectLine::cost).sum()));
            rows.add(new StatisticRow(Measure.MONEY_AVAILABLE, key, category.name(), category.budget()));
            won += category.winners().size();
            lost += category.lines().size() - category.winners().size();
        }
        rows.add(new StatisticRow(Measure.PROJECTS_BY_STATUS, ProjectStatus.WINNER.name(), null, won));
        rows.add(new StatisticRow(Measure.PROJECTS_BY_STATUS, ProjectStatus.NOT_SELECTED.name(), null, lost));
        return rows;
    }
}
