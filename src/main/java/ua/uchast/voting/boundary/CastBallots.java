package ua.uchast.voting.boundary;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.voting.control.BallotForms;
import ua.uchast.voting.control.VotingRecords;
import ua.uchast.voting.entity.BallotForm;
import ua.uchast.voting.entity.Choices;
import ua.uchast.voting.entity.VotingRefusal;

/**
 * The ballots cast on the platform as a count needs them, once voting has closed: per category, the projects on the
 * ballot and each distinct choice with how many ballots made it. The same ballots as the public ballot file, so anyone
 * who counts the file gets the same result.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CastBallots {

    /**
     * One category's ballots: its projects, and each distinct (non-empty) choice, its project ids ascending, with its
     * number of ballots; choices in the order of their project ids, so the same box always reads the same.
     */
    public record CategoryBallots(BallotForm.Category category, Map<List<Long>, Long> choices) {
    }

    private CycleCatalog cycles;
    private BallotForms forms;
    private VotingRecords records;

    protected CastBallots() {
    }

    @Inject
    public CastBallots(CycleCatalog cycles, BallotForms forms, VotingRecords records) {
        this.cycles = cycles;
        this.forms = forms;
        this.records = records;
    }

    /**
     * Each category's ballots, counted from the box in one pass: identical ballots are counted as text, each distinct
     * one is read once, and choices are hashed as lists of ids (whose hash, unlike a set's, differs between choices).
     */
    @Transactional
    public List<CategoryBallots> countable(Long cycleId) {
        BudgetCycle cycle = cycles.byId(cycleId).orElseThrow(NotFoundException::new);
        if (cycles.phaseOf(cycle).compareTo(Phase.VOTING) <= 0) {
            throw new VotingRefusal(VotingRefusal.VOTING_CLOSED, FieldViolation.general("voting.countAfterVoting"));
        }
        BallotForm form = forms.of(cycle);
        Map<Long, Map<List<Long>, Long>> byCategory = new HashMap<>();
        records.choiceCounts(cycleId).forEach((canonical, ballots) -> Choices.parse(canonical).byCategory()
                .forEach((categoryId, projects) -> byCategory.computeIfAbsent(categoryId, id -> new HashMap<>())
                        .merge(List.copyOf(projects), ballots, Long::sum)));
        return form.categories().stream().map(category -> new CategoryBallots(category,
                inIdOrder(byCategory.getOrDefault(category.id(), Map.of())))).toList();
    }

    private static Map<List<Long>, Long> inIdOrder(Map<List<Long>, Long> choices) {
        Map<List<Long>, Long> ordered = new LinkedHashMap<>();
        choices.entrySet().stream().sorted(Map.Entry.comparingByKey(CastBallots::compare))
                .forEach(choice -> ordered.put(choice.getKey(), choice.getValue()));
        return ordered;
    }

    /** Project ids one by one; a choice that is the start of another comes first. */
    private static int compare(List<Long> some, List<Long> other) {
        int common = Math.min(some.size(), other.size());
        for (int i = 0; i < common; i++) {
            int order = Long.compare(some.get(i), other.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(some.size(), other.size());
    }
}
