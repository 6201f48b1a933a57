package ua.uchast.audit.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.platform.control.KyivTime;

/** Reads a hromada's log: a filtered page with its count, and the people and actions it holds (for the filters). */
public class AuditSearch {

    private final EntityManager entityManager;

    public AuditSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public AuditPage page(Long hromadaId, AuditQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where a.hromadaId = :hromadaId");
        parameters.put("hromadaId", hromadaId);
        if (query.actor() != null) {
            where.append(" and a.actorUsername = :actor");
            parameters.put("actor", query.actor());
        }
        if (query.action() != null) {
            where.append(" and a.action = :action");
            parameters.put("action", query.action());
        }
        if (query.from() != null) {
            where.append(" and a.occurredAt >= :from");
            parameters.put("from", startInUtc(query.from()));
        }
        if (query.to() != null) {
            where.append(" and a.occurredAt < :to");
            parameters.put("to", startInUtc(query.to().plusDays(1)));
        }
        TypedQuery<AuditEntry> entries = entityManager.createQuery("select a from AuditEntry a" + where
                + " order by a.occurredAt desc, a.id desc", AuditEntry.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        parameters.forEach((name, value) -> {
            entries.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new AuditPage(entries.setFirstResult(query.firstResult()).setMaxResults(query.pageSize()).getResultList(),
                count.getSingleResult(), query.page(), query.pageSize());
    }

    public List<String> actors(Long hromadaId) {
        return entityManager.createQuery("select distinct a.actorUsername from AuditEntry a where a.hromadaId = :hromadaId"
                + " order by a.actorUsername", String.class).setParameter("hromadaId", hromadaId).getResultList();
    }

    public List<String> actions(Long hromadaId) {
        return entityManager.createQuery("select distinct a.action from AuditEntry a where a.hromadaId = :hromadaId"
                + " order by a.action", String.class).setParameter("hromadaId", hromadaId).getResultList();
    }

    private static LocalDateTime startInUtc(LocalDate day) {
        return day.atStartOfDay(KyivTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
