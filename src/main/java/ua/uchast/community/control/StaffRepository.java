package ua.uchast.community.control;

import java.util.List;
import java.util.Optional;

import ua.uchast.community.entity.StaffAccount;

public interface StaffRepository {

    Optional<StaffAccount> byUsername(String username);

    Optional<StaffAccount> byId(Long id);

    List<StaffAccount> ofHromada(Long hromadaId);

    StaffAccount add(StaffAccount account);
}
