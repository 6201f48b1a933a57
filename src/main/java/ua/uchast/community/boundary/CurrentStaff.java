package ua.uchast.community.boundary;

import java.util.Optional;

/** Who is acting, as far as staff rights go: empty for visitors and residents. */
@FunctionalInterface
public interface CurrentStaff {

    Optional<StaffMember> get();
}
