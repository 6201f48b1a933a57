package ua.uchast.voting.boundary;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

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

    /** One category's ballots: its projects, and each distinct (non-empty) choice with its number of ballots. */
    public record CategoryBallots(BallotForm.Category category, Map<SortedSet<Long>, Long> choices) {
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
     * Each category's ballots, counted from the box in one pass: identical ballots are counted as text, and each
     * distinct one is read once. Choices are kept in a map ordered by their project ids, never hashed as sets
     * (a set's hash is the sum of its ids, the same for most choices of a ballot).
     */
    @Transactional
    public List<CategoryBallots> countable(Long cycleId) {
        BudgetCycle cycle = cycles.byId(cycleId).orElseThrow(NotFoundException::new);
        if (cycles.phaseOf(cycle).compareTo(Phase.VOTING) <= 0) {
            throw new VotingRefusal(VotingRefusal.VOTING_CLOSED, FieldViolation.general("voting.countAfterVoting"));
        }
        BallotForm form = forms.of(cycle);
        Map<Long, Map<SortedSet<Long>, Long>> byCategory = new HashMap<>();
        records.choiceCounts(cycleId).forEach((canonical, ballots) -> Choices.parse(canonical).byCategory()
                .forEach((categoryId, projects) -> byCategory.computeIfAbsent(categoryId, id -> new TreeMap<>(CastBallots::compare))
                        .merge(projects, ballots, Long::sum)));
        return form.categories().stream()
                .map(category -> new CategoryBallots(category, byCategory.getOrDefault(category.id(), Map.of()))).toList();
    }

    /** Project ids one by one; a choice that is the start of another comes first. */
    private static int compare(SortedSet<Long> some, SortedSet<Long> other) {
        Iterator<Long> these = some.iterator();
        Iterator<Long> those = other.iterator();
        while (these.hasNext() && those.hasNext()) {
            int order = Long.compare(these.next(), those.next());
            if (order != 0) {
                return order;
            }
        }
        return Boolean.compare(these.hasNext(), those.hasNext());
    }
}
