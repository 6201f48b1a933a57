package ua.uchast.identity.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.identity.entity.ResidentRecord;

@ApplicationScoped
public class ResidentRepository {

    private EntityManager entityManager;

    protected ResidentRepository() {
    }

    @Inject
    public ResidentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Creates the resident or refreshes what the provider said about them, in one statement, so two sign-ins of the
     * same person at the same moment still leave one row (the unique resident_key decides).
     */
    public ResidentRecord upsert(ResidentKey key, ProviderIdentity identity, LocalDateTime now) {
        entityManager.createNativeQuery("INSERT INTO resident (resident_key, display_name, birth_date, address, gender, created_at, "
                        + "last_sign_in_at, katottg) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                        + "display_name = VALUES(display_name), birth_date = VALUES(birth_date), address = VALUES(address), "
                        + "gender = VALUES(gender), last_sign_in_at = VALUES(last_sign_in_at), katottg = VALUES(katottg)")
                .setParameter(1, key.hex())
                .setParameter(2, limit(identity.displayName(), ResidentRecord.MAX_NAME))
                .setParameter(3, identity.birthDate())
                .setParameter(4, identity.address() == null ? null : limit(identity.address(), ResidentRecord.MAX_ADDRESS))
                .setParameter(5, identity.taxNumber().gender().name())
                .setParameter(6, now)
                .setParameter(7, now)
                .setParameter(8, identity.katottg())
                .executeUpdate();
        return byKey(key).orElseThrow();
    }

    public Optional<ResidentRecord> byKey(ResidentKey key) {
        return entityManager.createNamedQuery(ResidentRecord.BY_KEY, ResidentRecord.class).setParameter("residentKey", key.hex())
                .getResultStream().findFirst();
    }

    public Optional<ResidentRecord> byId(Long id) {
        return Optional.ofNullable(id).map(residentId -> entityManager.find(ResidentRecord.class, residentId));
    }

    /** The birth dates of these residents, by id, in one statement. */
    public Map<Long, LocalDate> birthDates(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select r.id, r.birthDate from ResidentRecord r where r.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (LocalDate) row[1]));
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
