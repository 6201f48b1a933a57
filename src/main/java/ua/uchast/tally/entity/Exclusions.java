package ua.uchast.tally.entity;

import java.util.List;
import java.util.Set;

/**
 * Projects on the ballot that cannot win, or not together: {@code withdrawn} ones never win, and of each group of
 * mutually exclusive projects at most one wins (the first the rule funds); a project may be in several groups.
 */
public record Exclusions(Set<String> withdrawn, List<Set<String>> groups) {

    public static final Exclusions NONE = new Exclusions(Set.of(), List.of());

    public Exclusions {
        withdrawn = Set.copyOf(withdrawn);
        groups = groups.stream().<Set<String>>map(Set::copyOf).toList();
    }

    public boolean isEmpty() {
        return withdrawn.isEmpty() && groups.isEmpty();
    }
}
