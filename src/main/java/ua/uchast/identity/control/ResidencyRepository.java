package ua.uchast.identity.control;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.identity.entity.ResidencyConfirmation;
import ua.uchast.identity.entity.VoterListEntry;

/** The two ways a hromada vouches for its residents besides the provider's address: its voter list and operators. */
@ApplicationScoped
public class ResidencyRepository {

    private EntityManager entityManager;

    protected ResidencyRepository() {
    }

    @Inject
    public ResidencyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void replaceVoterList(Long hromadaId, Collection<ResidentKey> keys, LocalDateTime now) {
        entityManager.createNamedQuery(VoterListEntry.DELETE_OF_HROMADA).setParameter("hromadaId", hromadaId).executeUpdate();
        keys.forEach(key -> entityManager.persist(new VoterListEntry(hromadaId, key.hex(), now)));
        entityManager.flush();
    }

    public long voterListSize(Long hromadaId) {
        return entityManager.createNamedQuery(VoterListEntry.COUNT_OF_HROMADA, Long.class).setParameter("hromadaId", hromadaId)
                .getSingleResult();
    }

    public boolean isOnVoterList(Long hromadaId, ResidentKey key) {
        return entityManager.createNamedQuery(VoterListEntry.COUNT_FOR_KEY, Long.class).setParameter("hromadaId", hromadaId)
                .setParameter("residentKey", key.hex()).getSingleResult() > 0;
    }

    public boolean isConfirmed(Long hromadaId, ResidentKey key) {
        return entityManager.createNamedQuery(ResidencyConfirmation.COUNT_FOR_KEY, Long.class)
                .setParameter("hromadaId", hromadaId).setParameter("residentKey", key.hex()).getSingleResult() > 0;
    }

    /** @return the new confirmation, or empty if this person's residence was already confirmed */
    public Optional<ResidencyConfirmation> confirm(Long hromadaId, ResidentKey key, Long operatorId, LocalDateTime now) {
        if (isConfirmed(hromadaId, key)) {
            return Optional.empty();
        }
        ResidencyConfirmation confirmation = new ResidencyConfirmation(hromadaId, key.hex(), operatorId, now);
        entityManager.persist(confirmation);
        entityManager.flush();
        return Optional.of(confirmation);
    }
}
