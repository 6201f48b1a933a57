package ua.uchast.implementation.boundary;

import ua.uchast.platform.boundary.StaffActionPerformed;

/**
 * A staff member's action on an implementation that was refused. The refused transaction writes nothing, so the audit
 * entry is written once it has ended, in a transaction of its own.
 */
public record ImplementationRefused(StaffActionPerformed entry) {
}
