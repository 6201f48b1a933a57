package ua.uchast.testsupport;

import java.time.LocalDateTime;
import java.util.Optional;

import ua.uchast.community.boundary.CurrentStaff;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.community.entity.TerritoryKind;

/** Two hromadas, each with an administrator and a commission member: the setting for cross-hromada checks. */
public final class TwoHromadas {

    public final StaffMember adminA;
    public final StaffMember commissionA;
    public final StaffMember adminB;
    public final Long hromadaA;
    public final Long hromadaB;

    private TwoHromadas(StaffMember adminA, StaffMember commissionA, StaffMember adminB) {
        this.adminA = adminA;
        this.commissionA = commissionA;
        this.adminB = adminB;
        this.hromadaA = adminA.hromadaId();
        this.hromadaB = adminB.hromadaId();
    }

    public static TwoHromadas seed(TestPersistence persistence) {
        return persistence.call(entityManager -> {
            LocalDateTime now = LocalDateTime.of(2027, 1, 1, 0, 0);
            String hash = Wiring.passwordHasher().hash("a-long-test-password");
            Hromada a = new Hromada("hromada-a", "Громада А", "Hromada A", now);
            a.addTerritory("м. Перше", TerritoryKind.SETTLEMENT);
            Hromada b = new Hromada("hromada-b", "Громада Б", "Hromada B", now);
            entityManager.persist(a);
            entityManager.persist(b);
            StaffAccount adminA = new StaffAccount(a, "admin.a", "Адміністратор А", null, StaffRole.ADMINISTRATOR, hash, now);
            StaffAccount commissionA = new StaffAccount(a, "commission.a", "Комісія А", null, StaffRole.COMMISSION, hash, now);
            StaffAccount adminB = new StaffAccount(b, "admin.b", "Адміністратор Б", null, StaffRole.ADMINISTRATOR, hash, now);
            entityManager.persist(adminA);
            entityManager.persist(commissionA);
            entityManager.persist(adminB);
            entityManager.flush();
            return new TwoHromadas(member(adminA), member(commissionA), member(adminB));
        });
    }

    /** The administrator of a hromada of its own, for tests that need many (one cycle per year and hromada). */
    public static StaffMember administratorOfNewHromada(TestPersistence persistence, String slug) {
        return persistence.call(entityManager -> {
            LocalDateTime now = LocalDateTime.of(2027, 1, 1, 0, 0);
            Hromada hromada = new Hromada(slug, "Громада " + slug, "Hromada " + slug, now);
            entityManager.persist(hromada);
            StaffAccount admin = new StaffAccount(hromada, slug + ".admin", "Адміністратор " + slug, null,
                    StaffRole.ADMINISTRATOR, Wiring.passwordHasher().hash("a-long-test-password"), now);
            entityManager.persist(admin);
            entityManager.flush();
            return member(admin);
        });
    }

    public static CurrentStaff as(StaffMember member) {
        return () -> Optional.ofNullable(member);
    }

    private static StaffMember member(StaffAccount account) {
        return new StaffMember(account.id(), account.hromada().id(), account.username(), account.fullName(), account.role());
    }
}
