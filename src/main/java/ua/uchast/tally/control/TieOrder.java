package ua.uchast.tally.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import ua.uchast.tally.entity.Tie;
import ua.uchast.tally.entity.TieOrderRule;
import ua.uchast.tally.entity.TieCriterion;
import ua.uchast.tally.entity.TallyProject;

/** The total order a {@link TieOrderRule} puts on an election's projects (indexes in submission order). */
final class TieOrder {

    private final List<TallyProject> projects;
    private final List<TieCriterion> criteria;
    private final String[] randomKeys;
    private final int[] rank;

    TieOrder(List<TallyProject> projects, TieOrderRule rule) {
        this.projects = projects;
        this.criteria = new ArrayList<>(rule.criteria());
        if (!criteria.contains(TieCriterion.FILE_ORDER)) {
            criteria.add(TieCriterion.FILE_ORDER);
        }
        this.randomKeys = criteria.contains(TieCriterion.RANDOM_SEED) ? randomKeys(projects, rule.seed()) : null;
        Integer[] order = IntStream.range(0, projects.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(index -> index, this::compare));
        this.rank = new int[projects.size()];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
    }

    /** Position of the project in the tie-break order: a lower rank wins a tie. */
    int rank(int project) {
        return rank[project];
    }

    /** A report of projects the rule found equal, in tie-break order. */
    Tie tie(List<Integer> tiedInOrder) {
        List<TieCriterion> decidedBy = new ArrayList<>();
        for (int i = 1; i < tiedInOrder.size(); i++) {
            TieCriterion criterion = decidingCriterion(tiedInOrder.get(i - 1), tiedInOrder.get(i));
            if (!decidedBy.contains(criterion)) {
                decidedBy.add(criterion);
            }
        }
        return new Tie(tiedInOrder.stream().map(index -> projects.get(index).id()).toList(), decidedBy);
    }

    private int compare(int a, int b) {
        for (TieCriterion criterion : criteria) {
            int comparison = compareBy(criterion, a, b);
            if (comparison != 0) {
                return comparison;
            }
        }
        return 0;
    }

    private TieCriterion decidingCriterion(int a, int b) {
        return criteria.stream().filter(criterion -> compareBy(criterion, a, b) != 0).findFirst()
                .orElse(TieCriterion.FILE_ORDER);
    }

    private int compareBy(TieCriterion criterion, int a, int b) {
        return switch (criterion) {
            case LOWER_COST -> Long.compare(projects.get(a).cost(), projects.get(b).cost());
            case FILE_ORDER -> Integer.compare(a, b);
            case RANDOM_SEED -> randomKeys[a].compareTo(randomKeys[b]);
        };
    }

    private static String[] randomKeys(List<TallyProject> projects, String seed) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String[] keys = new String[projects.size()];
            for (int i = 0; i < keys.length; i++) {
                byte[] digest = sha256.digest((seed + "\n" + projects.get(i).id()).getBytes(StandardCharsets.UTF_8));
                keys[i] = HexFormat.of().formatHex(digest);
            }
            return keys;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
