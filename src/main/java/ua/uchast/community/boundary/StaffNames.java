package ua.uchast.community.boundary;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.control.StaffRepository;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.platform.entity.AccessDeniedException;

/** The name of a colleague, for staff of the same hromada (e.g. which operator entered a ballot first). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StaffNames {

    private CurrentStaff currentStaff;
    private StaffRepository staff;

    protected StaffNames() {
    }

    @Inject
    public StaffNames(CurrentStaff currentStaff, StaffRepository staff) {
        this.currentStaff = currentStaff;
        this.staff = staff;
    }

    public Optional<String> of(Long accountId) {
        StaffMember asking = currentStaff.get().orElseThrow(AccessDeniedException::new);
        return staff.byId(accountId).filter(account -> account.hromada().id().equals(asking.hromadaId()))
                .map(StaffAccount::fullName);
    }
}
