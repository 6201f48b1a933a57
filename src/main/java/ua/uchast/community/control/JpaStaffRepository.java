package ua.uchast.community.control;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.community.entity.RecoveryCode;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.Usernames;

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
        return Usernames.normalized(username).flatMap(name -> entityManager.createNamedQuery(StaffAccount.BY_USERNAME,
                StaffAccount.class).setParameter("username", name).getResultStream().findFirst());
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

    @Override
    public boolean markCodeStep(Long accountId, long step) {
        return entityManager.createNamedQuery(StaffAccount.MARK_CODE_STEP).setParameter("id", accountId)
                .setParameter("step", step).executeUpdate() == 1;
    }

    @Override
    public void replaceRecoveryCodes(Long accountId, List<String> codeHashes) {
        entityManager.createNamedQuery(RecoveryCode.FORGET_ALL).setParameter("accountId", accountId).executeUpdate();
        codeHashes.forEach(hash -> entityManager.persist(new RecoveryCode(accountId, hash)));
        entityManager.flush();
    }

    @Override
    public boolean useRecoveryCode(Long accountId, String codeHash, LocalDateTime now) {
        return entityManager.createNamedQuery(RecoveryCode.USE).setParameter("accountId", accountId)
                .setParameter("codeHash", codeHash).setParameter("now", now).executeUpdate() == 1;
    }

    @Override
    public long unusedRecoveryCodes(Long accountId) {
        return entityManager.createNamedQuery(RecoveryCode.UNUSED, Long.class).setParameter("accountId", accountId)
                .getSingleResult();
    }
}
