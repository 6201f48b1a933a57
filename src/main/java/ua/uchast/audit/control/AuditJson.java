package ua.uchast.audit.control;

import java.util.Map;

import jakarta.json.Json;

/** Audit snapshots are stored as JSON text, readable by a person and by a tool. */
public final class AuditJson {

    private AuditJson() {
    }

    public static String write(Map<String, Object> snapshot) {
        return snapshot == null ? null : Json.createObjectBuilder(snapshot).build().toString();
    }
}
