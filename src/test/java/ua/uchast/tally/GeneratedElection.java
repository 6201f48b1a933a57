package ua.uchast.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import ua.uchast.tally.entity.Ballot;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;
import ua.uchast.tally.entity.VoteType;

/** A deterministic pseudo-random approval election: skewed popularity, 1-10 projects per ballot. */
public final class GeneratedElection {

    private GeneratedElection() {
    }

    public static PbElection approval(int voters, int projectCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TallyProject> projects = new ArrayList<>();
        long totalCost = 0;
        for (int i = 0; i < projectCount; i++) {
            long cost = 100 * random.nextLong(200, 5_000);
            totalCost += cost;
            projects.add(new TallyProject("P" + (i + 1), cost, Map.of("name", "Generated project " + (i + 1))));
        }
        Map<List<String>, Long> ballots = new LinkedHashMap<>();
        for (int voter = 0; voter < voters; voter++) {
            int length = 1 + random.nextInt(10);
            Set<String> chosen = new LinkedHashSet<>();
            while (chosen.size() < length) {
                double skewed = random.nextDouble() * random.nextDouble();
                chosen.add(projects.get((int) (skewed * projectCount)).id());
            }
            ballots.merge(List.copyOf(chosen), 1L, Long::sum);
        }
        List<Ballot> grouped = ballots.entrySet().stream()
                .map(entry -> new Ballot(entry.getKey(), List.of(), entry.getValue())).toList();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", "Generated " + voters + " x " + projectCount + ", seed " + seed);
        meta.put("rule", "equalshares/add1");
        return new PbElection(meta, totalCost / 4, VoteType.APPROVAL, projects, grouped);
    }
}
