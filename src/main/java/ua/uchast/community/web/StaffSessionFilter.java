package ua.uchast.community.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import ua.uchast.community.boundary.SignedInStaff;
import ua.uchast.community.entity.RequiredStep;
import ua.uchast.community.entity.StaffRole;

/**
 * Keeps staff sessions honest on every request: a session whose account was deactivated, reset or re-roled (or whose
 * owner changed the password elsewhere) ends there and then, with a word on the sign-in page; a member who must first
 * choose a password or set up a second factor is taken to that page whatever they open. The boundaries refuse such
 * sessions anyway; this makes it visible.
 */
@WebFilter("/*")
public class StaffSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Map<RequiredStep, String> STEP_PAGES = Map.of(RequiredStep.CHANGE_PASSWORD, "/staff/password",
            RequiredStep.SET_UP_SECOND_FACTOR, "/staff/second-factor");
    private static final String[] ALWAYS_OPEN = {"/jakarta.faces.resource/", "/resources/", "/webjars/", "/login",
            "/second-factor", "/health", "/favicon"};

    @Inject
    SignedInStaff signedInStaff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || !isStaff(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<RequiredStep> step = signedInStaff.requiredStep();
        if (step.isEmpty()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + StaffFormRoute.LOGIN_PAGE + "?ended=1");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String stepPage = STEP_PAGES.get(step.get());
        if (stepPage != null && !path.equals(stepPage) && Arrays.stream(ALWAYS_OPEN).noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + stepPage);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isStaff(HttpServletRequest request) {
        return Arrays.stream(StaffRole.values()).anyMatch(role -> request.isUserInRole(role.name()));
    }
}
