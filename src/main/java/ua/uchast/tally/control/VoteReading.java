package ua.uchast.tally.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ua.uchast.tally.entity.NoticeCode;
import ua.uchast.tally.entity.VoteType;

/**
 * One VOTES line as it counts. A project named more than once is counted once: an approval (or choose-1) vote is a set;
 * an ordinal vote ranks it where it first appears; a cumulative vote gives it the points of every mention added
 * together, so the voter's points stay where they put them; a scoring vote keeps the first score, since a score is one
 * judgement. {@link #repeated()} names such projects, for a warning. Ordinal votes without a points column give
 * max_length points to the first choice, one less to each next.
 */
record VoteReading(List<String> projectIds, List<Long> points, List<String> repeated, NoticeCode repeatedCode) {

    /**
     * @param pointsAsWritten the points column of a points-based vote, one per named project; null for none
     * @throws ArithmeticException if a cumulative vote's points for one project do not fit a long
     */
    static VoteReading of(VoteType type, List<String> named, List<Long> pointsAsWritten, long ordinalLength) {
        if (allDifferent(named)) {
            List<Long> points = !type.pointsBased() ? List.of()
                    : pointsAsWritten != null ? pointsAsWritten : positional(named.size(), ordinalLength);
            return new VoteReading(named, points, List.of(), repeatedCode(type));
        }
        Map<String, Long> kept = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            String id = named.get(i);
            Long points = pointsAsWritten == null ? null : pointsAsWritten.get(i);
            if (!kept.containsKey(id)) {
                kept.put(id, points);
                continue;
            }
            if (!repeated.contains(id)) {
                repeated.add(id);
            }
            if (type == VoteType.CUMULATIVE && points != null) {
                kept.put(id, Math.addExact(kept.get(id), points));
            }
        }
        List<String> ids = List.copyOf(kept.keySet());
        return new VoteReading(ids, points(type, kept, ordinalLength), repeated, repeatedCode(type));
    }

    private static List<Long> points(VoteType type, Map<String, Long> kept, long ordinalLength) {
        if (!type.pointsBased()) {
            return List.of();
        }
        if (!kept.isEmpty() && kept.values().iterator().next() == null) {
            return positional(kept.size(), ordinalLength);
        }
        return List.copyOf(kept.values());
    }

    /** Ordinal points without a points column: max_length for the first choice, one less for each next. */
    private static List<Long> positional(int choices, long ordinalLength) {
        long length = Math.max(ordinalLength, choices);
        List<Long> positional = new ArrayList<>(choices);
        for (int i = 0; i < choices; i++) {
            positional.add(length - i);
        }
        return positional;
    }

    /** A vote names a handful of projects: comparing each pair is cheaper than a set. */
    private static boolean allDifferent(List<String> named) {
        for (int i = 1; i < named.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (named.get(i).equals(named.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static NoticeCode repeatedCode(VoteType type) {
        return switch (type) {
            case APPROVAL, CHOOSE_ONE -> NoticeCode.REPEATED_CHOICE_APPROVAL;
            case ORDINAL -> NoticeCode.REPEATED_CHOICE_ORDINAL;
            case CUMULATIVE -> NoticeCode.REPEATED_CHOICE_CUMULATIVE;
            case SCORING -> NoticeCode.REPEATED_CHOICE_SCORING;
        };
    }
}
