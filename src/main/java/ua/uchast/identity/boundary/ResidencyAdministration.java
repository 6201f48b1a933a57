package ua.uchast.identity.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.identity.control.ResidencyRepository;
import ua.uchast.identity.control.ResidentKeys;
import ua.uchast.identity.control.VoterListParser;
import ua.uchast.identity.control.VoterListParser.ParsedList;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;

/**
 * How a hromada's staff vouch for residents: the administrator uploads the voter list (replacing the previous one;
 * numbers are hashed at once and the file is not kept), an operator confirms a person's residence in person. Always
 * within the staff member's own hromada; tax numbers never reach the audit log.
 */
@ApplicationScoped
@Transactional
public class ResidencyAdministration {

    static final int LISTED_BAD_LINES = 20;

    private StaffGuard guard;
    private ResidencyRepository residency;
    private ResidentKeys residentKeys;
    private Event<StaffActionPerformed> staffActions;
    private Clock clock;

    protected ResidencyAdministration() {
    }

    @Inject
    public ResidencyAdministration(StaffGuard guard, ResidencyRepository residency, ResidentKeys residentKeys,
            Event<StaffActionPerformed> staffActions, Clock clock) {
        this.guard = guard;
        this.residency = residency;
        this.residentKeys = residentKeys;
        this.staffActions = staffActions;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long voterListSizeOfMyHromada() {
        return residency.voterListSize(guard.require(StaffRole.ADMINISTRATOR).hromadaId());
    }

    /**
     * Replaces the hromada's voter list with the numbers in {@code text}.
     *
     * @return how many distinct people the list now holds
     * @throws InvalidInputException (field "list") naming the invalid lines; then nothing is saved
     */
    public int uploadVoterList(String text) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        ParsedList parsed = VoterListParser.parse(text == null ? "" : text);
        if (!parsed.invalidLines().isEmpty()) {
            List<Integer> bad = parsed.invalidLines();
            String listed = bad.stream().limit(LISTED_BAD_LINES).map(String::valueOf).collect(Collectors.joining(", "));
            throw new InvalidInputException(FieldViolation.of("list", "identity.voterList.invalidLines", bad.size(),
                    bad.size() > LISTED_BAD_LINES ? listed + ", …" : listed));
        }
        if (parsed.taxNumbers().isEmpty()) {
            throw new InvalidInputException(FieldViolation.of("list", "identity.voterList.empty"));
        }
        long before = residency.voterListSize(admin.hromadaId());
        LocalDateTime now = KyivTime.nowUtc(clock);
        residency.replaceVoterList(admin.hromadaId(), parsed.taxNumbers().stream().map(residentKeys::keyOf).toList(), now);
        int size = parsed.taxNumbers().size();
        staffActions.fire(admin.performed("voterList.uploaded", "VoterList", null, Map.of("people", before), Map.of("people", size), now));
        return size;
    }

    /**
     * An operator has checked the person's passport and tax number and confirms they live in the hromada.
     *
     * @return false if this person's residence was already confirmed
     * @throws InvalidInputException (field "taxNumber") if the number is not a valid РНОКПП
     */
    public boolean confirmResidence(String taxNumber) {
        StaffMember operator = guard.require(StaffRole.OPERATOR);
        String digits = taxNumber == null ? "" : taxNumber.replaceAll("\\s", "");
        if (!Rnokpp.isValid(digits)) {
            throw new InvalidInputException(FieldViolation.of("taxNumber", "identity.taxNumber.invalid"));
        }
        LocalDateTime now = KyivTime.nowUtc(clock);
        return residency.confirm(operator.hromadaId(), residentKeys.keyOf(Rnokpp.of(digits)), operator.accountId(), now)
                .map(confirmation -> {
                    staffActions.fire(operator.performed("residency.confirmed", "ResidencyConfirmation", confirmation.id(), null,
                            Map.of("confirmedBy", operator.username()), now));
                    return true;
                }).orElse(false);
    }
}
