package ua.uchast.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every answer gets: no framing, no MIME sniffing, no referrer leaking to other sites; over TLS (directly or
 * behind a proxy that says so) browsers are told to come back only over TLS; whatever is shown to someone signed in
 * is never stored by a browser or a proxy. The Content-Security-Policy of pages comes with PrimeFaces' per-request
 * nonce (web.xml, {@code primefaces.CSP_POLICY}).
 */
@WebFilter("/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (request.getUserPrincipal() != null) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
