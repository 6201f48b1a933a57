package ua.uchast.tally.control;

/** Per project, the ballot groups that list it and their weights: shared by all runs of one tally. */
final class EqualSharesSupporters {

    final int[][] groups;
    final double[][] weights;

    EqualSharesSupporters(IndexedElection election) {
        this.groups = groupsByProject(election);
        this.weights = new double[election.projectCount][];
        for (int project = 0; project < election.projectCount; project++) {
            weights[project] = new double[groups[project].length];
            for (int i = 0; i < weights[project].length; i++) {
                weights[project][i] = election.ballotWeight[groups[project][i]];
            }
        }
    }

    /**
     * Whether every amount fits a double exactly (below 2^53) for per-voter budgets up to {@code maxPerVoter}, so the
     * floating-point run may be used.
     */
    static boolean fitDoubles(IndexedElection election, long maxPerVoter) {
        long limit = 1L << 53;
        long costs = 0;
        for (long cost : election.cost) {
            costs += Math.min(cost, limit);
        }
        return election.voterCount() < limit && election.election.budget() < limit && costs < limit
                && maxPerVoter < limit - 16;
    }

    private static int[][] groupsByProject(IndexedElection election) {
        int[] counts = new int[election.projectCount];
        for (int[] listed : election.ballotProjects) {
            for (int project : listed) {
                counts[project]++;
            }
        }
        int[][] supporters = new int[election.projectCount][];
        for (int project = 0; project < election.projectCount; project++) {
            supporters[project] = new int[counts[project]];
            counts[project] = 0;
        }
        for (int ballot = 0; ballot < election.ballotProjects.length; ballot++) {
            for (int project : election.ballotProjects[ballot]) {
                supporters[project][counts[project]++] = ballot;
            }
        }
        return supporters;
    }
}
