package ua.uchast.community.web;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A signed-in staff member as the session keeps them: the username and the role they signed in with. The container's
 * own record of a signed-in caller loses its roles when the session is read on another instance of a cluster, so
 * {@link StaffFormRoute} signs the caller in again from this on every request. Whether the session is still valid
 * (account active, same session version) is decided per request by {@code SignedInStaff}, as before.
 */
record StaffCaller(String username, String role) implements Serializable {

    static final String SESSION_ATTRIBUTE = "uchast.staff.caller";

    static Optional<StaffCaller> in(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(SESSION_ATTRIBUTE))
                .filter(StaffCaller.class::isInstance).map(StaffCaller.class::cast);
    }

    void keepIn(HttpSession session) {
        session.setAttribute(SESSION_ATTRIBUTE, this);
    }

    AuthenticationStatus signInAgain(HttpMessageContext context) {
        return context.notifyContainerAboutLogin(new CallerPrincipal(username), Set.of(role));
    }
}
