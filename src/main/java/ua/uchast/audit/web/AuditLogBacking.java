package ua.uchast.audit.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.audit.boundary.AuditTrail;
import ua.uchast.audit.entity.AuditEntry;

/** The administrator's view of their hromada's audit log, newest first. */
@Named
@RequestScoped
public class AuditLogBacking {

    @Inject
    AuditTrail auditTrail;

    private List<AuditEntry> entries;

    @PostConstruct
    void load() {
        entries = auditTrail.latestOfMyHromada();
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }
}
