package ua.uchast.audit.control;

import java.util.Map;

import static ua.uchast.platform.entity.JsonBuilding.JSON;

/** Audit snapshots are stored as JSON text, readable by a person and by a tool. */
public final class AuditJson {

    private AuditJson() {
    }

    public static String write(Map<String, Object> snapshot) {
        return snapshot == null ? null : JSON.createObjectBuilder(snapshot).build().toString();
    }
}
