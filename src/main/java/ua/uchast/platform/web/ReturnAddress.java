package ua.uchast.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The page someone was on when they were sent to sign in, kept in their session under a name of the caller's choosing,
 * so that after signing in they come back to it: once, and only to a page of this site.
 */
public final class ReturnAddress {

    private ReturnAddress() {
    }

    /** Remembers the page of this request (its address and query), if it is a GET. */
    public static void remember(HttpServletRequest request, String name) {
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession().setAttribute(name, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
    }

    /** The remembered page (forgotten from now on), else {@code otherwise}. */
    public static String take(HttpServletRequest request, String name, String otherwise) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return otherwise;
        }
        Object remembered = session.getAttribute(name);
        session.removeAttribute(name);
        return remembered instanceof String address && address.startsWith(request.getContextPath() + "/")
                && !address.startsWith("//") ? address : otherwise;
    }
}
