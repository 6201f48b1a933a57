package ua.uchast.tally.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ua.uchast.tally.entity.Ballot;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;
import ua.uchast.tally.entity.VoteType;
import ua.uchast.voting.boundary.CastBallots;
import ua.uchast.voting.boundary.CastBallots.CategoryBallots;
import ua.uchast.voting.entity.BallotForm;

/**
 * The ballots cast on the platform, per category, as elections the engine counts: approval ballots (a choice of
 * projects), projects named by their id, in ballot-number order, costs in whole hryvnias.
 */
@ApplicationScoped
public class PlatformBallots {

    private CastBallots castBallots;

    protected PlatformBallots() {
    }

    @Inject
    public PlatformBallots(CastBallots castBallots) {
        this.castBallots = castBallots;
    }

    /** Each category's election, by category id; a category in which nobody chose anything has none. */
    public Map<Long, PbElection> of(Long cycleId) {
        Map<Long, PbElection> elections = new LinkedHashMap<>();
        castBallots.countable(cycleId).stream().filter(ballots -> !ballots.choices().isEmpty())
                .forEach(ballots -> elections.put(ballots.category().id(), election(ballots)));
        return elections;
    }

    static PbElection election(CategoryBallots ballots) {
        BallotForm.Category category = ballots.category();
        List<TallyProject> projects = category.projects().stream().map(entry -> new TallyProject(String.valueOf(entry.projectId()),
                entry.cost().hryvnias(), Map.of("name", entry.title()))).toList();
        List<Ballot> cast = new ArrayList<>();
        for (Map.Entry<List<Long>, Long> choice : ballots.choices().entrySet()) {
            cast.add(new Ballot(choice.getKey().stream().map(String::valueOf).toList(), List.of(), choice.getValue()));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", category.name());
        meta.put("vote_type", VoteType.APPROVAL.pabulibName());
        return new PbElection(meta, category.budget().hryvnias(), VoteType.APPROVAL, projects, cast);
    }
}
