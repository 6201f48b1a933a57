package ua.uchast.community.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;

import ua.uchast.community.entity.StaffRole;
import ua.uchast.platform.boundary.StaffActionPerformed;

/** The signed-in staff member as other components see them; {@code hromadaId} is null for a platform operator. */
public record StaffMember(Long accountId, Long hromadaId, String username, String fullName, StaffRole role)
        implements Serializable {

    public boolean isAdministrator() {
        return role == StaffRole.ADMINISTRATOR;
    }

    /** The audit event of something this member did in their own hromada. */
    public StaffActionPerformed performed(String action, String subjectType, Long subjectId, Map<String, Object> before,
            Map<String, Object> after, LocalDateTime at) {
        return performedIn(hromadaId, action, subjectType, subjectId, before, after, at);
    }

    /** The audit event of something this member did to a hromada (a platform operator acting on one). */
    public StaffActionPerformed performedIn(Long hromada, String action, String subjectType, Long subjectId,
            Map<String, Object> before, Map<String, Object> after, LocalDateTime at) {
        return new StaffActionPerformed(hromada, accountId, username, action, subjectType, subjectId, before, after, at);
    }
}
