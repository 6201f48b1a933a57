package ua.uchast.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import ua.uchast.platform.web.FreshSession;

/**
 * A resident's sign-in as the session keeps it: only the caller name ("resident:&lt;id&gt;"). The identity provider's
 * tokens and claims (the tax number among them) live in the session only during the sign-in itself: a finished sign-in,
 * successful or refused, starts a new session (a new id, so a session id planted before cannot be used after) that
 * carries over nothing but the page to return to.
 */
final class ResidentSession {

    private static final String CALLER = "uchast.resident.caller";

    private ResidentSession() {
    }

    static Optional<String> callerName(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(CALLER)).filter(String.class::isInstance).map(String.class::cast);
    }

    /** After the provider's answer has been mapped to a resident. */
    static void start(HttpServletRequest request, String callerName) {
        FreshSession.start(request, ResidentSignInGate.RETURN_ADDRESS).setAttribute(CALLER, callerName);
    }

    /** After a refused or failed sign-in: nothing of it may block the next one. */
    static void discard(HttpServletRequest request) {
        FreshSession.start(request, ResidentSignInGate.RETURN_ADDRESS);
    }
}
