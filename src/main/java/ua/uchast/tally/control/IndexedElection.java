package ua.uchast.tally.control;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import ua.uchast.tally.entity.Ballot;
import ua.uchast.tally.entity.Exclusions;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TieOrderRule;

/**
 * An election with projects and ballots turned into array indexes, each project's votes and score, and which projects
 * cannot win (withdrawn) or not together with others (groups of mutually exclusive projects).
 */
final class IndexedElection {

    final PbElection election;
    final TieOrderRule tieOrderRule;
    final TieOrder tieOrder;
    final int projectCount;
    final long[] cost;
    final long[] votes;
    final long[] score;
    /** Per ballot group, the indexes of the projects it lists. */
    final int[][] ballotProjects;
    final long[] ballotWeight;
    final boolean[] withdrawn;
    /** Per project, the projects that can no longer win once it has won. */
    final int[][] excludes;

    IndexedElection(PbElection election, TieOrderRule tieOrderRule) {
        this(election, tieOrderRule, Exclusions.NONE);
    }

    IndexedElection(PbElection election, TieOrderRule tieOrderRule, Exclusions exclusions) {
        this.election = election;
        this.tieOrderRule = tieOrderRule;
        this.tieOrder = new TieOrder(election.projects(), tieOrderRule);
        this.projectCount = election.projects().size();
        this.cost = election.projects().stream().mapToLong(project -> project.cost()).toArray();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < projectCount; i++) {
            indexOf.put(election.projects().get(i).id(), i);
        }
        List<Ballot> ballots = election.ballots();
        this.ballotProjects = new int[ballots.size()][];
        this.ballotWeight = new long[ballots.size()];
        this.votes = new long[projectCount];
        this.score = new long[projectCount];
        for (int b = 0; b < ballots.size(); b++) {
            Ballot ballot = ballots.get(b);
            int[] listed = new int[ballot.projectIds().size()];
            for (int i = 0; i < listed.length; i++) {
                Integer index = indexOf.get(ballot.projectIds().get(i));
                if (index == null) {
                    throw new IllegalArgumentException("a ballot names unknown project " + ballot.projectIds().get(i));
                }
                listed[i] = index;
                votes[index] += ballot.weight();
                score[index] = Math.addExact(score[index], Math.multiplyExact(ballot.pointsAt(i), ballot.weight()));
            }
            ballotProjects[b] = listed;
            ballotWeight[b] = ballot.weight();
        }
        this.withdrawn = new boolean[projectCount];
        exclusions.withdrawn().stream().map(indexOf::get).filter(index -> index != null)
                .forEach(index -> withdrawn[index] = true);
        this.excludes = excludes(exclusions, indexOf, projectCount);
    }

    private static int[][] excludes(Exclusions exclusions, Map<String, Integer> indexOf, int projectCount) {
        List<Set<Integer>> rivals = IntStream.range(0, projectCount).<Set<Integer>>mapToObj(project -> new LinkedHashSet<>())
                .toList();
        for (Set<String> group : exclusions.groups()) {
            List<Integer> members = group.stream().map(indexOf::get).filter(index -> index != null).sorted().toList();
            for (int member : members) {
                members.stream().filter(other -> other != member).forEach(rivals.get(member)::add);
            }
        }
        return rivals.stream().map(set -> set.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    String id(int project) {
        return election.projects().get(project).id();
    }

    long voterCount() {
        long total = 0;
        for (long weight : ballotWeight) {
            total += weight;
        }
        return total;
    }

    /** Withdrawn projects: they can never win. */
    boolean[] initiallyRuledOut() {
        return withdrawn.clone();
    }

    /** Marks the projects the winner excludes as unable to win. */
    void ruleOutRivalsOf(int winner, boolean[] ruledOut) {
        for (int rival : excludes[winner]) {
            ruledOut[rival] = true;
        }
    }

    /** The winners' ids in submission order. */
    List<String> idsInFileOrder(boolean[] selected) {
        return IntStream.range(0, projectCount).filter(i -> selected[i]).mapToObj(this::id).toList();
    }
}
