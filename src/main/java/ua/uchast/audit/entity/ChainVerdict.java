package ua.uchast.audit.entity;

import java.time.LocalDateTime;

/**
 * What checking a hromada's audit chain found: intact (with the hash it ends in), broken at an entry (changed,
 * removed before it, or slipped in), or its latest entries missing. Entries older than the chain are only counted.
 */
public record ChainVerdict(boolean intact, long checked, long olderThanChain, Long brokenEntryId,
        LocalDateTime brokenEntryTime, String lastHash) {

    public static ChainVerdict intact(long checked, long older, String lastHash) {
        return new ChainVerdict(true, checked, older, null, null, lastHash);
    }

    public static ChainVerdict brokenAt(AuditEntry entry, long checked, long older) {
        return new ChainVerdict(false, checked, older, entry.id(), entry.occurredAt(), null);
    }

    public static ChainVerdict latestMissing(long checked, long older) {
        return new ChainVerdict(false, checked, older, null, null, null);
    }
}
