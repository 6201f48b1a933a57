package ua.uchast.identity.boundary;

import java.util.Optional;

/**
 * How a signed-in resident appears to the container: caller name "resident:&lt;id&gt;" (never a valid staff username,
 * which has no colon) in the single group {@value #ROLE}, whatever groups the provider may claim.
 */
public final class ResidentPrincipal {

    public static final String ROLE = "RESIDENT";
    private static final String PREFIX = "resident:";

    private ResidentPrincipal() {
    }

    public static String callerNameOf(Resident resident) {
        return PREFIX + resident.id();
    }

    public static Optional<Long> residentIdIn(String callerName) {
        if (callerName == null || !callerName.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(callerName.substring(PREFIX.length())));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }
}
