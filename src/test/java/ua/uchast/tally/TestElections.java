package ua.uchast.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ua.uchast.tally.entity.Ballot;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;
import ua.uchast.tally.entity.VoteType;

/** Small hand-made approval elections: {@code project("A", 50)...ballot(60, "A", "B")...build(100)}. */
public final class TestElections {

    private final List<TallyProject> projects = new ArrayList<>();
    private final List<Ballot> ballots = new ArrayList<>();
    private final Map<String, String> meta = new LinkedHashMap<>();

    public static TestElections approval() {
        return new TestElections();
    }

    public TestElections project(String id, long cost) {
        projects.add(new TallyProject(id, cost, Map.of("name", "Project " + id)));
        return this;
    }

    public TestElections ballot(long weight, String... projectIds) {
        ballots.add(Ballot.approval(weight, projectIds));
        return this;
    }

    public TestElections meta(String key, String value) {
        meta.put(key, value);
        return this;
    }

    public PbElection build(long budget) {
        return new PbElection(meta, budget, VoteType.APPROVAL, projects, ballots);
    }
}
