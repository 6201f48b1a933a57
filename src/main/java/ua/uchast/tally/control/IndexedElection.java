package ua.uchast.tally.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ua.uchast.tally.entity.Ballot;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TieBreak;

/** An election with projects and ballots turned into array indexes, and each project's votes and score. */
final class IndexedElection {

    final PbElection election;
    final TieBreak tieBreak;
    final TieOrder tieOrder;
    final int projectCount;
    final long[] cost;
    final long[] votes;
    final long[] score;
    /** Per ballot group, the indexes of the projects it lists. */
    final int[][] ballotProjects;
    final long[] ballotWeight;

    IndexedElection(PbElection election, TieBreak tieBreak) {
        this.election = election;
        this.tieBreak = tieBreak;
        this.tieOrder = new TieOrder(election.projects(), tieBreak);
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

    /** The winners' ids in submission order. */
    List<String> idsInFileOrder(boolean[] selected) {
        return IntStream.range(0, projectCount).filter(i -> selected[i]).mapToObj(this::id).toList();
    }
}
