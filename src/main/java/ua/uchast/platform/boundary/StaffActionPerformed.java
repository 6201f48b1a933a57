package ua.uchast.platform.boundary;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A CDI event every boundary fires after a staff member changed something; the audit component records it in the
 * same transaction. {@code before} and {@code after} describe the subject (null when it did not exist).
 */
public record StaffActionPerformed(Long hromadaId, Long actorId, String actorUsername, String action, String subjectType,
        Long subjectId, Map<String, Object> before, Map<String, Object> after, LocalDateTime occurredAt) {
}
