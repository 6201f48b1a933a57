package ua.uchast.community.control;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import ua.uchast.community.entity.StaffAccount;

public interface StaffRepository {

    /** The account with this name as stored (typed names are trimmed and lower-cased; anything else finds none). */
    Optional<StaffAccount> byUsername(String username);

    Optional<StaffAccount> byId(Long id);

    List<StaffAccount> ofHromada(Long hromadaId);

    StaffAccount add(StaffAccount account);

    /** Records that a code of this time step was used, unless one of it (or later) was already: true if recorded. */
    boolean markCodeStep(Long accountId, long step);

    void replaceRecoveryCodes(Long accountId, List<String> codeHashes);

    /** Uses the unused recovery code with this hash: true if there was one. */
    boolean useRecoveryCode(Long accountId, String codeHash, LocalDateTime now);

    long unusedRecoveryCodes(Long accountId);
}
