package ua.uchast.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ua.uchast.audit.control.AuditPage;
import ua.uchast.audit.control.AuditQuery;
import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.audit.entity.ChainVerdict;
import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.testsupport.TwoHromadaDatabase;
import ua.uchast.testsupport.TwoHromadas;

/**
 * The audit log against a real MariaDB: each hromada's entries form a hash chain that a change, a removal or a
 * concurrent writer cannot break unnoticed; the log is searched by who, what and when, a page at a time.
 */
class AuditTrailIT {

    private static final LocalDateTime MARCH_FIRST = LocalDateTime.of(2027, 3, 1, 9, 0);

    @RegisterExtension
    static final TwoHromadaDatabase DATABASE = new TwoHromadaDatabase("it_audit");

    private static <T> T as(StaffMember staff, Function<AuditTrail, T> work) {
        return DATABASE.persistence().call(entityManager -> work.apply(new AuditTrail(entityManager,
                new StaffGuard(TwoHromadas.as(staff)))));
    }

    private static void record(StaffMember staff, String action, int number, LocalDateTime when) {
        as(staff, trail -> {
            trail.record(new StaffActionPerformed(staff.hromadaId(), staff.accountId(), staff.username(), action,
                    "Territory", (long) number, null, Map.of("name", "с. Номер " + number), when));
            return null;
        });
    }

    private static StaffMember newHromada(String slug) {
        return TwoHromadas.administratorOfNewHromada(DATABASE.persistence(), slug);
    }

    @Test
    void entriesWrittenOneAfterAnotherFormAnIntactChainEndingInTheHeadShownToAdministrators() {
        StaffMember admin = newHromada("chain-ok");
        for (int i = 0; i < 5; i++) {
            record(admin, "territory.added", i, MARCH_FIRST.plusMinutes(i));
        }
        ChainVerdict verdict = as(admin, AuditTrail::verifyChainOfMyHromada);
        assertTrue(verdict.intact(), verdict.toString());
        assertEquals(5, verdict.checked());
        assertEquals(verdict.lastHash(), as(admin, AuditTrail::chainHeadOfMyHromada).orElseThrow());
    }

    @Test
    void aChangedEntryBreaksTheChainThere() {
        StaffMember admin = newHromada("chain-changed");
        for (int i = 0; i < 4; i++) {
            record(admin, "territory.added", i, MARCH_FIRST.plusMinutes(i));
        }
        List<AuditEntry> entries = chain(admin);
        DATABASE.persistence().run(entityManager -> entityManager.createNativeQuery(
                "UPDATE audit_entry SET after_state = '{\"name\":\"с. Підмінене\"}' WHERE id = ?1")
                .setParameter(1, entries.get(2).id()).executeUpdate());
        ChainVerdict verdict = as(admin, AuditTrail::verifyChainOfMyHromada);
        assertFalse(verdict.intact());
        assertEquals(entries.get(2).id(), verdict.brokenEntryId());
        assertEquals(2, verdict.checked(), "the two entries before it are intact");
    }

    @Test
    void aRemovedEntryBreaksTheChainAtTheNextAndARemovedLatestEntryIsNoticedToo() {
        StaffMember admin = newHromada("chain-removed");
        for (int i = 0; i < 4; i++) {
            record(admin, "territory.added", i, MARCH_FIRST.plusMinutes(i));
        }
        List<AuditEntry> entries = chain(admin);
        delete(entries.get(1));
        assertEquals(entries.get(2).id(), as(admin, AuditTrail::verifyChainOfMyHromada).brokenEntryId());

        StaffMember other = newHromada("chain-tail");
        record(other, "territory.added", 1, MARCH_FIRST);
        record(other, "territory.added", 2, MARCH_FIRST.plusMinutes(1));
        delete(chain(other).get(1));
        ChainVerdict verdict = as(other, AuditTrail::verifyChainOfMyHromada);
        assertFalse(verdict.intact());
        assertNull(verdict.brokenEntryId());
        assertEquals(1, verdict.checked());
    }

    @Test
    void administratorsWritingAtTheSameTimeStillFormOneChain() throws Exception {
        StaffMember admin = newHromada("chain-busy");
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int number = i;
                done.add(writers.submit(() -> record(admin, "territory.added", number, MARCH_FIRST)));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }
        ChainVerdict verdict = as(admin, AuditTrail::verifyChainOfMyHromada);
        assertTrue(verdict.intact(), verdict.toString());
        assertEquals(24, verdict.checked());
    }

    @Test
    void theLogIsSearchedByWhoWhatAndWhenAPageAtATimeNewestFirst() {
        StaffMember admin = newHromada("search");
        for (int i = 0; i < 7; i++) {
            record(admin, i % 2 == 0 ? "territory.added" : "cycle.planned", i, MARCH_FIRST.plusDays(i));
        }
        AuditPage first = as(admin, trail -> trail.searchMyHromada(new AuditQuery(null, null, null, null, 0, 3)));
        assertEquals(7, first.total());
        assertEquals(3, first.pageCount());
        assertEquals(List.of(6L, 5L, 4L), first.entries().stream().map(AuditEntry::subjectId).toList());
        AuditPage last = as(admin, trail -> trail.searchMyHromada(new AuditQuery(null, null, null, null, 2, 3)));
        assertEquals(List.of(0L), last.entries().stream().map(AuditEntry::subjectId).toList());

        AuditPage planned = as(admin, trail -> trail.searchMyHromada(new AuditQuery(admin.username(), "cycle.planned",
                null, null, 0, 50)));
        assertEquals(List.of(5L, 3L, 1L), planned.entries().stream().map(AuditEntry::subjectId).toList());
        AuditPage secondToFourthOfMarch = as(admin, trail -> trail.searchMyHromada(new AuditQuery(null, null,
                LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 4), 0, 50)));
        assertEquals(List.of(3L, 2L, 1L), secondToFourthOfMarch.entries().stream().map(AuditEntry::subjectId).toList(),
                "whole days in Kyiv time, both included");
        assertEquals(List.of("cycle.planned", "territory.added"), as(admin, AuditTrail::actionsOfMyHromada));
        assertEquals(List.of(admin.username()), as(admin, AuditTrail::actorsOfMyHromada));
    }

    @Test
    void onlyTheHromadasAdministratorsReadItsLog() {
        record(DATABASE.hromadas().adminA, "territory.added", 1, MARCH_FIRST);
        assertTrue(as(DATABASE.hromadas().adminB, AuditTrail::latestOfMyHromada).stream()
                .noneMatch(entry -> entry.hromadaId().equals(DATABASE.hromadas().hromadaA)));
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA, AuditTrail::verifyChainOfMyHromada));
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA,
                trail -> trail.searchMyHromada(new AuditQuery(null, null, null, null, 0, 10))));
    }

    private static List<AuditEntry> chain(StaffMember admin) {
        return DATABASE.persistence().call(entityManager -> entityManager.createNamedQuery(AuditEntry.CHAIN_OF_HROMADA,
                AuditEntry.class).setParameter("hromadaId", admin.hromadaId()).setParameter("afterId", 0L).getResultList());
    }

    private static void delete(AuditEntry entry) {
        DATABASE.persistence().run(entityManager -> entityManager.createNativeQuery("DELETE FROM audit_entry WHERE id = ?1")
                .setParameter(1, entry.id()).executeUpdate());
    }
}
