package ua.uchast.tally.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A project accepted for voting. {@code attributes} keeps the other PROJECTS columns as given (name, category, and the
 * file's own {@code votes}/{@code score}/{@code selected}, which a tally never reads).
 */
public record TallyProject(String id, long cost, Map<String, String> attributes) {

    public TallyProject {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("project id is empty");
        }
        if (cost < 0) {
            throw new IllegalArgumentException("negative cost of project " + id);
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public TallyProject(String id, long cost) {
        this(id, cost, Map.of());
    }

    public String name() {
        return attributes.getOrDefault("name", "");
    }
}
