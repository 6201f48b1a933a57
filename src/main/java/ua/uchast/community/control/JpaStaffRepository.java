package ua.uchast.community.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.community.entity.StaffAccount;

@ApplicationScoped
public class JpaStaffRepository implements StaffRepository {

    private EntityManager entityManager;

    protected JpaStaffRepository() {
    }

    @Inject
    public JpaStaffRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<StaffAccount> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public Optional<StaffAccount> byId(Long id) {
        return Optional.ofNullable(id).map(key -> entityManager.find(StaffAccount.class, key));
    }

    @Override
    public List<StaffAccount> ofHromada(Long hromadaId) {
        return entityManager.createNamedQuery(StaffAccount.OF_HROMADA, StaffAccount.class)
                .setParameter("hromadaId", hromadaId).getResultList();
    }

    @Override
    public StaffAccount add(StaffAccount account) {
        entityManager.persist(account);
        entityManager.flush();
        return account;
    }
}
