package ua.uchast.community.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.control.HromadaRepository;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.HromadaLogo;
import ua.uchast.community.entity.HromadaProfile;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.control.PhotoInspection;
import ua.uchast.platform.control.PhotoInspection.CleanPhoto;
import ua.uchast.platform.entity.NotFoundException;

/**
 * An administrator keeps their hromada's profile: description, contacts, population of voting age, regulation, the
 * second-factor rule for administrators, and the logo (judged by its content and re-encoded, like project photos).
 */
@ApplicationScoped
@Transactional
public class HromadaProfileAdministration {

    private StaffGuard guard;
    private HromadaRepository hromadas;
    private PhotoInspection photos;
    private Event<StaffActionPerformed> staffActions;
    private Clock clock;

    protected HromadaProfileAdministration() {
    }

    @Inject
    public HromadaProfileAdministration(StaffGuard guard, HromadaRepository hromadas, PhotoInspection photos,
            Event<StaffActionPerformed> staffActions, Clock clock) {
        this.guard = guard;
        this.hromadas = hromadas;
        this.photos = photos;
        this.staffActions = staffActions;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Hromada myHromada() {
        return hromadaOf(guard.require(StaffRole.ADMINISTRATOR));
    }

    public void revise(HromadaProfile profile) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        Hromada hromada = hromadaOf(admin);
        Map<String, Object> before = snapshot(hromada.profile());
        hromada.revise(profile);
        staffActions.fire(admin.performed("hromada.profileRevised", "Hromada", hromada.id(), before,
                snapshot(hromada.profile()), KyivTime.nowUtc(clock)));
    }

    /** @throws ua.uchast.platform.entity.InvalidInputException on field "logo" if the file is not an acceptable photo */
    public void replaceLogo(byte[] content) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        Hromada hromada = hromadaOf(admin);
        CleanPhoto logo = photos.cleanPhoto("logo", content);
        LocalDateTime now = KyivTime.nowUtc(clock);
        HromadaLogo stored = hromadas.logoOf(hromada.id()).orElse(null);
        if (stored == null) {
            hromadas.saveLogo(new HromadaLogo(hromada.id(), logo.mimeType(), logo.content(), now));
        } else {
            stored.replace(logo.mimeType(), logo.content(), now);
        }
        staffActions.fire(admin.performed("hromada.logoReplaced", "Hromada", hromada.id(), null,
                Map.of("type", logo.mimeType(), "bytes", logo.content().length), now));
    }

    public void removeLogo() {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        Hromada hromada = hromadaOf(admin);
        hromadas.removeLogo(hromada.id());
        staffActions.fire(admin.performed("hromada.logoRemoved", "Hromada", hromada.id(), null, null,
                KyivTime.nowUtc(clock)));
    }

    private Hromada hromadaOf(StaffMember admin) {
        return hromadas.byId(admin.hromadaId()).orElseThrow(NotFoundException::new);
    }

    private static Map<String, Object> snapshot(HromadaProfile profile) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("description", profile.getDescription());
        snapshot.put("contactAddress", profile.getContactAddress());
        snapshot.put("contactPhone", profile.getContactPhone());
        snapshot.put("contactEmail", profile.getContactEmail());
        snapshot.put("website", profile.getWebsite());
        snapshot.put("votingAgePopulation", profile.getVotingAgePopulation());
        snapshot.put("regulationCharacters", profile.getRegulation() == null ? 0 : profile.getRegulation().length());
        snapshot.put("administratorsNeedSecondFactor", profile.isAdministratorsNeedSecondFactor());
        return snapshot;
    }
}
