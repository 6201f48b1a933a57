package ua.uchast.voting.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCategory;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.entity.Project;
import ua.uchast.voting.entity.BallotEntry;
import ua.uchast.voting.entity.BallotForm;

/**
 * A cycle's ballot: its categories and rules from the cycle, its projects from the proposals accepted for voting.
 * When voting opens, every project gets its number (in order of submission, per category); from then on the ballot
 * cannot change — rules are frozen and nothing can be accepted or withdrawn — so it is kept in memory.
 */
@ApplicationScoped
public class BallotForms {

    private CycleCatalog cycles;
    private ProjectCatalogue projects;
    private VotingRecords records;
    private final Map<Long, BallotForm> fixed = new ConcurrentHashMap<>();

    protected BallotForms() {
    }

    @Inject
    public BallotForms(CycleCatalog cycles, ProjectCatalogue projects, VotingRecords records) {
        this.cycles = cycles;
        this.projects = projects;
        this.records = records;
    }

    /** The ballot as it is (numbered once voting has opened; before that, numbered as it would be). */
    @Transactional
    public BallotForm of(BudgetCycle cycle) {
        BallotForm known = fixed.get(cycle.id());
        if (known != null) {
            return known;
        }
        if (!cycle.rulesFrozenOn(cycles.today())) {
            return build(cycle, proposedNumbers(cycle));
        }
        List<BallotEntry> entries = records.ballotEntries(cycle.id());
        if (entries.isEmpty()) {
            records.number(proposedNumbers(cycle));
            entries = records.ballotEntries(cycle.id());
        }
        BallotForm form = build(cycle, entries);
        fixed.put(cycle.id(), form);
        return form;
    }

    private List<BallotEntry> proposedNumbers(BudgetCycle cycle) {
        List<BallotEntry> entries = new ArrayList<>();
        List<Project> onBallot = projects.onBallot(cycle.id());
        for (BudgetCategory category : cycle.categories()) {
            List<Project> inCategory = onBallot.stream()
                    .filter(project -> category.id().equals(project.categoryId())).sorted(Comparator.comparing(Project::id)).toList();
            for (int i = 0; i < inCategory.size(); i++) {
                entries.add(new BallotEntry(inCategory.get(i).id(), cycle.id(), category.id(), i + 1));
            }
        }
        return entries;
    }

    private BallotForm build(BudgetCycle cycle, List<BallotEntry> entries) {
        Map<Long, Project> byId = projects.byIds(entries.stream().map(BallotEntry::projectId).toList()).stream()
                .collect(Collectors.toMap(Project::id, Function.identity()));
        List<BallotForm.Category> categories = cycle.categories().stream().map(category -> new BallotForm.Category(category.id(),
                category.name(), category.votingStyle(), category.maxChoices(), category.budget(), entries.stream()
                        .filter(entry -> entry.categoryId().equals(category.id()) && byId.containsKey(entry.projectId()))
                        .sorted(Comparator.comparingInt(BallotEntry::number))
                        .map(entry -> new BallotForm.Entry(entry.projectId(), entry.number(), byId.get(entry.projectId()).title(),
                                byId.get(entry.projectId()).totalCost()))
                        .toList())).toList();
        return new BallotForm(cycle.id(), categories);
    }
}
