package ua.uchast.results.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How the statistics show groups of people so that no one can be singled out: a group of 1 to 4 is shown as "<5".
 * When exactly one group of a measure is that small, the next smallest is hidden too ("hidden"), or the small one could
 * be worked out from the total. Empty groups (0) reveal nobody and are shown as they are.
 */
public final class SmallGroups {

    public static final int THRESHOLD = 5;
    public static final String SMALL = "<" + THRESHOLD;
    public static final String HIDDEN = "hidden";

    /** A group as shown: its exact count, unless it is small or hidden with a small one. */
    public record Shown(String key, String label, long amount, boolean small, boolean hidden) {

        /** "12", "<5" for a small group, "hidden" for one hidden so that a small one cannot be worked out. */
        public String text() {
            return small ? SMALL : hidden ? HIDDEN : String.valueOf(amount);
        }

        /** The amount a chart may draw: nothing for a small or hidden group. */
        public Long drawn() {
            return small || hidden ? null : amount;
        }
    }

    private SmallGroups() {
    }

    /** The rows of one measure, in their order, with small groups of people (and, if need be, one more) hidden. */
    public static List<Shown> shown(Measure measure, List<StatisticRow> rows) {
        boolean[] small = new boolean[rows.size()];
        boolean[] hidden = new boolean[rows.size()];
        if (measure.ofPeople()) {
            for (int i = 0; i < rows.size(); i++) {
                small[i] = rows.get(i).amount() > 0 && rows.get(i).amount() < THRESHOLD;
            }
            if (IntStream.range(0, small.length).filter(i -> small[i]).count() == 1) {
                IntStream.range(0, rows.size()).filter(i -> !small[i] && rows.get(i).amount() > 0).boxed()
                        .min(Comparator.comparingLong(i -> rows.get(i).amount())).ifPresent(i -> hidden[i] = true);
            }
        }
        List<Shown> shown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            StatisticRow row = rows.get(i);
            boolean exact = !small[i] && !hidden[i];
            shown.add(new Shown(row.groupKey(), row.label(), exact ? row.amount() : 0, small[i], hidden[i]));
        }
        return shown;
    }
}
