package ua.uchast.audit.control;

import java.util.List;

import ua.uchast.audit.entity.AuditEntry;

/** A page of a hromada's log, newest first, and how many entries match in all. */
public record AuditPage(List<AuditEntry> entries, long total, int page, int pageSize) {

    /** At least one: an empty log is one page saying so. */
    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNewer() {
        return page > 0;
    }

    public boolean hasOlder() {
        return page + 1 < pageCount();
    }
}
