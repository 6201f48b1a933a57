package ua.uchast.testsupport;

import java.time.Clock;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import ua.uchast.audit.boundary.AuditTrail;
import ua.uchast.community.boundary.CurrentStaff;
import ua.uchast.community.boundary.StaffDirectory;
import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.TerritoryAdministration;
import ua.uchast.community.control.JpaHromadaRepository;
import ua.uchast.community.control.JpaStaffRepository;
import ua.uchast.community.control.PasswordHasher;
import ua.uchast.cycle.boundary.CycleAdministration;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.control.JpaCycleRepository;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.control.JpaProjectRepository;
import ua.uchast.tally.boundary.ExclusiveGroups;
import ua.uchast.tally.boundary.TallyAdministration;
import ua.uchast.tally.control.JpaElectionStore;
import ua.uchast.tally.control.JpaExclusiveGroupRepository;

/** The boundaries wired by hand around one entity manager, the way CDI wires them in the container. */
public final class Wiring {

    private static final PasswordHasher PASSWORD_HASHER = new PasswordHasher();

    private final EntityManager entityManager;
    private final CurrentStaff staff;
    private final Clock clock;

    public Wiring(EntityManager entityManager, CurrentStaff staff, Clock clock) {
        this.entityManager = entityManager;
        this.staff = staff;
        this.clock = clock;
    }

    public StaffGuard guard() {
        return new StaffGuard(staff);
    }

    public AuditTrail auditTrail() {
        return new AuditTrail(entityManager, guard());
    }

    public CycleAdministration cycleAdministration() {
        return new CycleAdministration(guard(), new JpaCycleRepository(entityManager), staffActions(), clock);
    }

    public TallyAdministration tallyAdministration() {
        return new TallyAdministration(guard(), cycleAdministration(), cycleCatalog(),
                new JpaElectionStore(entityManager), new JpaExclusiveGroupRepository(entityManager), staffActions(), clock);
    }

    /** Groups of mutually exclusive projects; accepted projects are read through the proposal catalogue as staff. */
    public ExclusiveGroups exclusiveGroups() {
        ProjectCatalogue projects = new ProjectCatalogue(new JpaProjectRepository(entityManager), Optional::empty, staff);
        return new ExclusiveGroups(guard(), cycleAdministration(), cycleCatalog(), projects,
                new JpaExclusiveGroupRepository(entityManager), staffActions(), clock);
    }

    private CycleCatalog cycleCatalog() {
        return new CycleCatalog(new JpaCycleRepository(entityManager), clock);
    }

    public StaffDirectory staffDirectory() {
        return new StaffDirectory(guard(), new JpaStaffRepository(entityManager), new JpaHromadaRepository(entityManager),
                PASSWORD_HASHER, staffActions(), clock);
    }

    public TerritoryAdministration territoryAdministration() {
        return new TerritoryAdministration(guard(), new JpaHromadaRepository(entityManager), staffActions(), clock);
    }

    public static PasswordHasher passwordHasher() {
        return PASSWORD_HASHER;
    }

    private DeliveringEvent<StaffActionPerformed> staffActions() {
        AuditTrail trail = auditTrail();
        return new DeliveringEvent<>(trail::record);
    }
}
