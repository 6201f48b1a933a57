package ua.uchast.community.boundary;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import ua.uchast.community.control.StaffRepository;
import ua.uchast.community.entity.StaffAccount;

/** {@link CurrentStaff} from the Jakarta Security caller, looked up once per request; deactivated accounts count as none. */
@RequestScoped
public class SignedInStaff implements CurrentStaff {

    @Inject
    SecurityContext securityContext;

    @Inject
    StaffRepository staffRepository;

    private Optional<StaffMember> member;

    @Override
    public Optional<StaffMember> get() {
        if (member == null) {
            Principal caller = securityContext.getCallerPrincipal();
            member = caller == null ? Optional.empty()
                    : staffRepository.byUsername(caller.getName()).filter(StaffAccount::isActive).map(SignedInStaff::toMember);
        }
        return member;
    }

    static StaffMember toMember(StaffAccount account) {
        return new StaffMember(account.id(), account.hromada().id(), account.username(), account.fullName(), account.role());
    }
}
