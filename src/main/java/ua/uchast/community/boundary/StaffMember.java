package ua.uchast.community.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;

import ua.uchast.community.entity.StaffRole;
import ua.uchast.platform.boundary.StaffActionPerformed;

/** The signed-in staff member as other components see them. */
public record StaffMember(Long accountId, Long hromadaId, String username, String fullName, StaffRole role)
        implements Serializable {

    public boolean isAdministrator() {
        return role == StaffRole.ADMINISTRATOR;
    }

    /** The audit event of something this staff member did to a subject ({@code before} null when it did not exist). */
    public StaffActionPerformed performed(String action, String subjectType, Long subjectId, Map<String, Object> before,
            Map<String, Object> after, LocalDateTime at) {
        return new StaffActionPerformed(hromadaId, accountId, username, action, subjectType, subjectId, before, after, at);
    }
}
