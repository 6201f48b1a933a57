package ua.uchast.community.boundary;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ua.uchast.community.entity.StaffRole;
import ua.uchast.platform.entity.AccessDeniedException;

/**
 * The check every staff action starts with: the caller is signed in as staff with one of the roles, and acts within
 * their own hromada. Views hide what a role cannot do; this is what actually refuses it.
 */
@ApplicationScoped
public class StaffGuard {

    private CurrentStaff currentStaff;

    protected StaffGuard() {
    }

    @Inject
    public StaffGuard(CurrentStaff currentStaff) {
        this.currentStaff = currentStaff;
    }

    public StaffMember require(StaffRole... roles) {
        StaffMember staff = currentStaff.get().orElseThrow(AccessDeniedException::new);
        if (!Arrays.asList(roles).contains(staff.role())) {
            throw new AccessDeniedException();
        }
        return staff;
    }

    public StaffMember requireWithin(Long hromadaId, StaffRole... roles) {
        StaffMember staff = require(roles);
        if (!staff.hromadaId().equals(hromadaId)) {
            throw new AccessDeniedException();
        }
        return staff;
    }
}
