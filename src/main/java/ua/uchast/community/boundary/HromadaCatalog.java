package ua.uchast.community.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.control.HromadaRepository;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.HromadaLogo;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;

/** What anyone may read about the hromadas on this deployment, and whether a hromada accepts anything now. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HromadaCatalog {

    /** The general refusal when a suspended hromada is asked to accept a submission, a support or a vote. */
    public static final String SUSPENDED = "community.hromadaSuspended";

    private HromadaRepository hromadas;

    protected HromadaCatalog() {
    }

    @Inject
    public HromadaCatalog(HromadaRepository hromadas) {
        this.hromadas = hromadas;
    }

    public List<Hromada> all() {
        return hromadas.all();
    }

    public Optional<Hromada> bySlug(String slug) {
        return slug == null ? Optional.empty() : hromadas.bySlug(slug);
    }

    public Optional<Hromada> byId(Long id) {
        return hromadas.byId(id);
    }

    /**
     * For every action that changes what a hromada holds on residents' behalf (submissions, supports, votes): refuses
     * while the platform operator has suspended the hromada. Nothing of it is deleted meanwhile.
     *
     * @throws InvalidInputException with the general message {@value #SUSPENDED} when the hromada is suspended
     * @throws NotFoundException when there is no such hromada
     */
    public void requireActive(Long hromadaId) {
        if (hromadas.byId(hromadaId).orElseThrow(NotFoundException::new).isSuspended()) {
            throw new InvalidInputException(FieldViolation.general(SUSPENDED));
        }
    }

    /** Whether the hromada is suspended (false for an unknown one). */
    public boolean isSuspended(Long hromadaId) {
        return hromadas.byId(hromadaId).map(Hromada::isSuspended).orElse(false);
    }

    public boolean hasLogo(Long hromadaId) {
        return hromadas.hasLogo(hromadaId);
    }

    public Optional<HromadaLogo> logoOf(String slug) {
        return bySlug(slug).flatMap(hromada -> hromadas.logoOf(hromada.id()));
    }
}
