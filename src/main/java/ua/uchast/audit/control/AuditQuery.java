package ua.uchast.audit.control;

import java.time.LocalDate;

/**
 * Which entries of a hromada's log to show: by whom (username), what (action), from and to which day (Kyiv time, both
 * included; any may be null for "any"), and which page (from 0).
 */
public record AuditQuery(String actor, String action, LocalDate from, LocalDate to, int page, int pageSize) {

    public int firstResult() {
        return page * pageSize;
    }
}
