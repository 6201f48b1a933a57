package ua.uchast.platform.web;

import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.servlet.http.HttpServletRequest;

/**
 * One way of signing people in (staff with a password, residents through their identity provider), offered to
 * {@link SignInRouter}, which finds every route as a CDI bean. An implementation is {@code @Typed} to this interface
 * (and its own class), so that it never competes for injection as an {@link HttpAuthenticationMechanism}: Soteria 3
 * keeps one mechanism per application, and the router is that one.
 */
public interface SignInRoute extends HttpAuthenticationMechanism {

    /** Routes are asked in this order, lowest first; the first that handles a request signs its caller in. */
    int order();

    /** Whether this route signs in (or keeps signed in) the caller of this request. */
    boolean handles(HttpServletRequest request);
}
