package ua.uchast.voting.entity;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a ballot chooses: per category (by id), a set of projects (by id). Its canonical text is JSON with categories and
 * projects in ascending order and no white space, e.g. {@code {"12":[101,102],"13":[205]}}: the same choice always reads
 * the same, in the ballot box, the signed ballot document and the ballot file. Empty categories are left out.
 */
public final class Choices {

    private static final int MAX_ID_DIGITS = 18;

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

    /**
     * Reads the canonical text; anything else (spaces, other order, repeats) is refused. Read by a plain scan, not a
     * regular expression: Java's repeated groups recurse once per repetition, and a few thousand categories or projects
     * overflowed the stack.
     */
    public static Choices parse(String canonical) {
        if (canonical == null) {
            throw new IllegalArgumentException("not canonical choices");
        }
        SortedMap<Long, SortedSet<Long>> sorted = new TreeMap<>();
        Scan scan = new Scan(canonical);
        scan.expect('{');
        while (!scan.atEnd() && scan.peek() == '"') {
            scan.expect('"');
            long category = scan.number();
            scan.expect('"');
            scan.expect(':');
            scan.expect('[');
            SortedSet<Long> projects = new TreeSet<>();
            while (scan.peek() != ']') {
                projects.add(scan.number());
                if (scan.peek() != ']') {
                    scan.expect(',');
                }
            }
            scan.expect(']');
            sorted.put(category, projects);
            if (scan.peek() == ',') {
                scan.expect(',');
            }
        }
        scan.expect('}');
        Choices choices = of(sorted);
        if (!scan.atEnd() || !choices.canonical().equals(canonical)) {
            throw new IllegalArgumentException("not canonical choices");
        }
        return choices;
    }

    /** Reading the canonical text character by character; anything unexpected is refused. */
    private static final class Scan {

        private final String text;
        private int position;

        Scan(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return position == text.length();
        }

        char peek() {
            if (atEnd()) {
                throw new IllegalArgumentException("not canonical choices");
            }
            return text.charAt(position);
        }

        void expect(char wanted) {
            if (peek() != wanted) {
                throw new IllegalArgumentException("not canonical choices");
            }
            position++;
        }

        long number() {
            int start = position;
            while (!atEnd() && Character.isDigit(text.charAt(position)) && text.charAt(position) < 128) {
                position++;
            }
            if (position == start || position - start > MAX_ID_DIGITS) {
                throw new IllegalArgumentException("not canonical choices");
            }
            return Long.parseLong(text, start, position, 10);
        }
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
