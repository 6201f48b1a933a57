package ua.uchast.voting.entity;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a ballot chooses: per category (by id), a set of projects (by id). Its canonical text is JSON with categories and
 * projects in ascending order and no white space, e.g. {@code {"12":[101,102],"13":[205]}}: the same choice always reads
 * the same, in the ballot box, the signed ballot document and the ballot file. Empty categories are left out.
 */
public final class Choices {

    private static final Pattern CATEGORY = Pattern.compile("\"(\\d{1,18})\":\\[((?:\\d{1,18}(?:,\\d{1,18})*)?)\\]");
    private static final Pattern CANONICAL = Pattern.compile("\\{(" + CATEGORY.pattern() + "(," + CATEGORY.pattern() + ")*)?\\}");

    private final SortedMap<Long, SortedSet<Long>> byCategory;

    private Choices(SortedMap<Long, SortedSet<Long>> byCategory) {
        this.byCategory = byCategory;
    }

    public static Choices of(Map<Long, ? extends Collection<Long>> chosen) {
        SortedMap<Long, SortedSet<Long>> sorted = new TreeMap<>();
        chosen.forEach((category, projects) -> {
            if (projects != null && !projects.isEmpty()) {
                sorted.put(category, Collections.unmodifiableSortedSet(new TreeSet<>(projects)));
            }
        });
        return new Choices(Collections.unmodifiableSortedMap(sorted));
    }

    /** Reads the canonical text; anything else (spaces, other order, repeats) is refused. */
    public static Choices parse(String canonical) {
        if (canonical == null || !CANONICAL.matcher(canonical).matches()) {
            throw new IllegalArgumentException("not canonical choices");
        }
        SortedMap<Long, SortedSet<Long>> sorted = new TreeMap<>();
        Matcher category = CATEGORY.matcher(canonical);
        while (category.find()) {
            List<Long> projects = category.group(2).isEmpty() ? List.of()
                    : List.of(category.group(2).split(",")).stream().map(Long::valueOf).toList();
            sorted.put(Long.valueOf(category.group(1)), new TreeSet<>(projects));
        }
        Choices choices = of(sorted);
        if (!choices.canonical().equals(canonical)) {
            throw new IllegalArgumentException("not canonical choices");
        }
        return choices;
    }

    public String canonical() {
        return byCategory.entrySet().stream().map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue().stream()
                .map(String::valueOf).collect(Collectors.joining(",", "[", "]"))).collect(Collectors.joining(",", "{", "}"));
    }

    public SortedMap<Long, SortedSet<Long>> byCategory() {
        return byCategory;
    }

    public SortedSet<Long> in(Long categoryId) {
        return byCategory.getOrDefault(categoryId, Collections.emptySortedSet());
    }

    public boolean isEmpty() {
        return byCategory.isEmpty();
    }

    public int size() {
        return byCategory.values().stream().mapToInt(SortedSet::size).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Choices that && byCategory.equals(that.byCategory);
    }

    @Override
    public int hashCode() {
        return byCategory.hashCode();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
