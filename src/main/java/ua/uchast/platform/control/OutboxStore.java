package ua.uchast.platform.control;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ua.uchast.platform.entity.OutgoingMail;

/**
 * The outbox as the dispatcher sees it. Claiming is one UPDATE, so when several instances dispatch at once each e-mail
 * is claimed by one of them; a claim lapses after {@value #CLAIM_MINUTES} minutes (an instance that died sending).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxStore {

    static final int CLAIM_MINUTES = 5;

    private EntityManager entityManager;
    private Clock clock;

    protected OutboxStore() {
    }

    @Inject
    public OutboxStore(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public List<OutgoingMail> claimDue(int max) {
        String token = UUID.randomUUID().toString();
        LocalDateTime now = KyivTime.nowUtc(clock);
        int claimed = entityManager.createNativeQuery("UPDATE mail_outbox SET claim_token = ?, claimed_until = ? "
                        + "WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ? "
                        + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id LIMIT ?")
                .setParameter(1, token).setParameter(2, now.plusMinutes(CLAIM_MINUTES)).setParameter(3, now)
                .setParameter(4, now).setParameter(5, max).executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        return entityManager.createQuery("select m from OutgoingMail m where m.claimToken = :token order by m.id", OutgoingMail.class)
                .setParameter("token", token).getResultList();
    }

    public void sent(Long mailId) {
        entityManager.find(OutgoingMail.class, mailId).sent(KyivTime.nowUtc(clock));
    }

    public void failed(Long mailId, String error) {
        entityManager.find(OutgoingMail.class, mailId).failed(error, KyivTime.nowUtc(clock));
    }
}
