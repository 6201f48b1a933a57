package ua.uchast.results.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a correction changed compared with the version before it: per project (matched by category and tally id),
 * the votes and whether it won, before and after; projects that did not change are left out. A project missing from
 * one side (a category counted in only one of them) shows 0 votes and not won there.
 */
public record VersionDifference(int before, int after, List<Change> changes, long ballotsBefore, long ballotsAfter) {

    public VersionDifference {
        changes = List.copyOf(changes);
    }

    /** One project's change. */
    public record Change(String category, String title, Long projectId, long votesBefore, long votesAfter, boolean wonBefore,
            boolean wonAfter) {

        public boolean statusChanged() {
            return wonBefore != wonAfter;
        }

        public long votesChange() {
            return votesAfter - votesBefore;
        }
    }

    public static VersionDifference between(PublishedResult earlier, PublishedResult later) {
        Map<String, ProjectLine> before = byKey(earlier);
        Map<String, ProjectLine> after = byKey(later);
        Map<String, String> categories = new LinkedHashMap<>();
        earlier.categories().forEach(category -> category.lines().forEach(line -> categories.put(key(category, line), category.name())));
        later.categories().forEach(category -> category.lines().forEach(line -> categories.put(key(category, line), category.name())));
        List<Change> changes = new ArrayList<>();
        categories.forEach((key, category) -> {
            ProjectLine was = before.get(key);
            ProjectLine is = after.get(key);
            long votesBefore = was == null ? 0 : was.votes();
            long votesAfter = is == null ? 0 : is.votes();
            boolean wonBefore = was != null && was.won();
            boolean wonAfter = is != null && is.won();
            if (votesBefore != votesAfter || wonBefore != wonAfter) {
                ProjectLine named = Objects.requireNonNullElse(is, was);
                changes.add(new Change(category, named.title(), named.projectId(), votesBefore, votesAfter, wonBefore, wonAfter));
            }
        });
        return new VersionDifference(earlier.number(), later.number(), changes, earlier.ballots(), later.ballots());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private static Map<String, ProjectLine> byKey(PublishedResult result) {
        Map<String, ProjectLine> lines = new LinkedHashMap<>();
        result.categories().forEach(category -> category.lines().forEach(line -> lines.put(key(category, line), line)));
        return lines;
    }

    private static String key(CategoryResult category, ProjectLine line) {
        return category.categoryId() + "/" + line.tallyId();
    }
}
