package ua.uchast.community.boundary;

import java.util.Optional;

/** Who is acting, as far as staff rights go: empty for visitors and residents. */
@FunctionalInterface
public interface CurrentStaff {

    /** The member with their rights, once nothing is required of them first (a new password, a second factor). */
    Optional<StaffMember> get();

    /** The signed-in account, even while something is still required of it first: for what it does about itself. */
    default Optional<Long> accountId() {
        return get().map(StaffMember::accountId);
    }

    /** The member's own change ended their other sessions; this one goes on, at the account's new session version. */
    default void continueSession(long sessionVersion) {
        // sessions are the web's; outside it there is nothing to continue
    }
}
