package ua.uchast.results.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.HistoricRecord;
import ua.uchast.platform.entity.Money;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.entity.Project;
import ua.uchast.results.entity.CategoryResult;
import ua.uchast.results.entity.ProjectLine;
import ua.uchast.results.entity.PublishedResult;
import ua.uchast.results.entity.StatisticRow;
import ua.uchast.results.entity.TieLine;
import ua.uchast.tally.boundary.CategoryTally;
import ua.uchast.tally.boundary.CycleTally;
import ua.uchast.tally.boundary.Recount;
import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.EqualSharesReport;
import ua.uchast.tally.entity.ProjectOutcome;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.voting.boundary.BallotFiles;
import ua.uchast.voting.boundary.VoterStatistics;
import ua.uchast.voting.entity.Channel;
import ua.uchast.voting.entity.RegisterTotals;

/**
 * Counts a closed cycle for publishing — the tally, the ballot file's head, the voter register's counts and the
 * statistics — and makes the version to store. Who may publish is the boundary's business; this only counts.
 */
@ApplicationScoped
public class ResultCounting {

    private Recount recount;
    private BallotFiles ballotFiles;
    private VoterStatistics voterStatistics;
    private ProjectCatalogue projects;
    private StatisticsCounting statistics;

    protected ResultCounting() {
    }

    @Inject
    public ResultCounting(Recount recount, BallotFiles ballotFiles, VoterStatistics voterStatistics, ProjectCatalogue projects,
            StatisticsCounting statistics) {
        this.recount = recount;
        this.ballotFiles = ballotFiles;
        this.voterStatistics = voterStatistics;
        this.projects = projects;
        this.statistics = statistics;
    }

    /** The head of the ballot file the count would read now; empty for an imported election, which has none. */
    public Optional<String> currentHead(BudgetCycle cycle) {
        return cycle.isHistoric() ? Optional.empty() : ballotFiles.head(cycle.id()).map(BallotFiles.Head::hash);
    }

    /** The cycle counted now as version {@code publication.number()}, following {@code previous} if there is one. */
    public PublishedResult count(BudgetCycle cycle, Hromada hromada, PublishedResult.Publication publication,
            Optional<PublishedResult> previous) {
        CycleTally tally = recount.of(cycle.id());
        List<Project> cycleProjects = cycle.isHistoric() ? List.of() : projects.publicOf(cycle.id());
        Map<Long, Project> byId = cycleProjects.stream().collect(Collectors.toMap(Project::id, Function.identity()));
        List<CategoryResult> categories = new ArrayList<>();
        for (int i = 0; i < tally.categories().size(); i++) {
            categories.add(category(cycle, tally.categories().get(i), i, byId));
        }
        PublishedResult.Counting how = counting(cycle, tally);
        List<StatisticRow> rows = new ArrayList<>(statistics.ofProjects(cycle, hromada, categories, cycleProjects,
                winnersOf(categories)));
        if (cycle.isHistoric()) {
            long ballots = tally.categories().stream().mapToLong(CategoryTally::voters).max().orElse(0);
            return new PublishedResult(cycle.id(), cycle.hromadaId(), publication, how, new PublishedResult.Turnout(null, ballots,
                    ballots, 0, 0, 0, hromada.votingAgePopulation()), categories, rows, publication.number());
        }
        BallotFiles.Head head = ballotFiles.head(cycle.id()).orElseThrow();
        RegisterTotals register = voterStatistics.of(cycle.id());
        PublishedResult.Turnout turnout = new PublishedResult.Turnout(head.hash(), head.ballots(), register.voters(),
                register.channel(Channel.PROVIDER), register.channel(Channel.SIGNATURE), register.channel(Channel.PAPER),
                hromada.votingAgePopulation());
        Optional<PublishedResult> kept = previous.filter(earlier -> StatisticsCounting.keepsVoterRows(earlier, register));
        rows.addAll(kept.map(StatisticsCounting::voterRowsOf).orElseGet(() -> statistics.ofVoters(cycle, hromada, register)));
        return new PublishedResult(cycle.id(), cycle.hromadaId(), publication, how, turnout, categories, rows,
                kept.map(PublishedResult::statisticsVersion).orElse(publication.number()));
    }

    /** The platform projects that won (by proposal id). */
    public static Set<Long> winnersOf(List<CategoryResult> categories) {
        Set<Long> winners = new HashSet<>();
        categories.forEach(category -> category.winners().stream().map(ProjectLine::projectId).filter(id -> id != null)
                .forEach(winners::add));
        return winners;
    }

    private static CategoryResult category(BudgetCycle cycle, CategoryTally tally, int position, Map<Long, Project> projects) {
        if (!tally.hasBallots()) {
            return new CategoryResult(tally.categoryId(), position, tally.categoryName(), budgetOf(cycle, tally), 0, 0, false, null,
                    List.of(), List.of());
        }
        TallyResult result = tally.result();
        List<ProjectLine> lines = result.outcomes().stream().map(outcome -> line(cycle, tally, outcome, projects)).toList();
        List<TieLine> ties = result.ties().stream().map(tie -> new TieLine(tie.projectIds(), tie.decidedBy())).toList();
        boolean compared = result.rule() == CountingRule.EQUAL_SHARES_ADD1_COMPARISON;
        CategoryResult.EqualShares equalShares = result.equalShares().map(report -> equalShares(report, compared)).orElse(null);
        return new CategoryResult(tally.categoryId(), position, tally.categoryName(), result.budget(), result.totalCost(),
                tally.voters(), true, equalShares, lines, ties);
    }

    private static ProjectLine line(BudgetCycle cycle, CategoryTally tally, ProjectOutcome outcome, Map<Long, Project> projects) {
        String title = tally.projectNames().getOrDefault(outcome.projectId(), outcome.projectId());
        Project project = cycle.isHistoric() ? null : projects.get(Long.valueOf(outcome.projectId()));
        return new ProjectLine(outcome.projectId(), project == null ? null : project.id(), project == null ? title : project.title(),
                project == null ? null : project.territoryId(), project == null ? null : project.latitude(),
                project == null ? null : project.longitude(), outcome.votes(), outcome.score(), outcome.cost(), outcome.outcome(),
                outcome.position(), outcome.budgetLeft());
    }

    private static CategoryResult.EqualShares equalShares(EqualSharesReport report, boolean compared) {
        return new CategoryResult.EqualShares(report.perVoterBudget(), compared ? report.votersPreferringEqualShares() : null,
                compared ? report.votersPreferringGreedy() : null, compared ? report.greedyChosenByComparison() : null);
    }

    private static long budgetOf(BudgetCycle cycle, CategoryTally tally) {
        return cycle.categories().stream().filter(category -> category.id().equals(tally.categoryId())).findFirst()
                .map(category -> category.budget().hryvnias()).orElse(0L);
    }

    private static PublishedResult.Counting counting(BudgetCycle cycle, CycleTally tally) {
        Optional<CategoryTally> counted = tally.categories().stream().filter(CategoryTally::hasBallots).findFirst();
        String rule = counted.map(category -> category.result().rule().pabulibName())
                .orElseGet(() -> cycle.historic().map(HistoricRecord::countingRule).orElse(cycle.rules().tallyRule().pabulibName()));
        String currency = counted.map(CategoryTally::currency).orElse(Money.CURRENCY_CODE);
        int scale = counted.map(CategoryTally::amountScale).orElse(0);
        return new PublishedResult.Counting(rule, cycle.isHistoric() ? null : cycle.rules().tieBreak().name(),
                cycle.isHistoric() ? null : cycle.rules().lotSeed(), cycle.rules().minVotesToWin(), cycle.isHistoric(), currency,
                scale);
    }
}
