package ua.uchast.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code ?lang=en} or {@code ?lang=uk} on any page switches the language and comes back to the same page. */
@WebFilter("/*")
public class LanguageFilter extends HttpFilter {

    static final String COOKIE = "uchast_lang";
    static final String ENGLISH = "en";
    private static final String UKRAINIAN = "uk";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String language = request.getParameter("lang");
        if (!"GET".equals(request.getMethod()) || !(ENGLISH.equals(language) || UKRAINIAN.equals(language))) {
            chain.doFilter(request, response);
            return;
        }
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        String query = request.getQueryString().replaceAll("(^|&)lang=[a-z]{2}", "").replaceFirst("^&", "");
        response.sendRedirect(sameSitePath(request.getRequestURI()) + (query.isEmpty() ? "" : "?" + query));
    }

    /** "//evil.example/" would send the browser to another host: a path here starts with exactly one slash. */
    static String sameSitePath(String requestUri) {
        return requestUri.replaceFirst("^[/\\\\]+", "/");
    }
}
