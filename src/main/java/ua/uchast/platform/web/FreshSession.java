package ua.uchast.platform.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Starts a new session in place of the current one (a new id, nothing of the old one left behind but the attributes
 * named), for the moments a sign-in begins or ends: a session id planted or seen before is then worth nothing.
 */
public final class FreshSession {

    private FreshSession() {
    }

    public static HttpSession start(HttpServletRequest request, String... carriedOver) {
        Map<String, Object> kept = new HashMap<>();
        HttpSession old = request.getSession(false);
        if (old != null) {
            for (String name : carriedOver) {
                Object value = old.getAttribute(name);
                if (value != null) {
                    kept.put(name, value);
                }
            }
            old.invalidate();
        }
        HttpSession fresh = request.getSession(true);
        kept.forEach(fresh::setAttribute);
        return fresh;
    }
}
