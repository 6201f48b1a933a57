package ua.uchast.community.boundary;

import java.io.Serializable;

import ua.uchast.community.entity.StaffRole;

/** The signed-in staff member as other components see them. */
public record StaffMember(Long accountId, Long hromadaId, String username, String fullName, StaffRole role)
        implements Serializable {

    public boolean isAdministrator() {
        return role == StaffRole.ADMINISTRATOR;
    }
}
