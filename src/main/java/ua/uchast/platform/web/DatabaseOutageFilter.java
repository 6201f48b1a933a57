package ua.uchast.platform.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ua.uchast.platform.boundary.ApiErrors;
import ua.uchast.platform.control.DatabaseOutage;
import ua.uchast.platform.control.UiText;

/**
 * The first filter (web.xml), for requests and error pages: while the database is out of reach, whatever needed it is
 * answered 503 with Retry-After — a plain page in Ukrainian and English, or the API's JSON error (for what escapes
 * {@link ApiErrors}) — instead of an error page that would itself need the database. Nothing was saved:
 * every change is one transaction, and it failed.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseOutage.isCause(failure)) {
            answerUnavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            answerUnavailable(request, response);
        }
    }

    private static void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(ApiErrors.RETRY_AFTER_UNAVAILABLE_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            Locale language = request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                    ? Locale.ENGLISH : UiText.UKRAINIAN;
            out.print("{\"error\":\"unavailable\",\"message\":\"" + UiText.format(language, "api.error.unavailable")
                    .replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            return;
        }
        response.setContentType("text/html");
        out.print("<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + UiText.format(UiText.UKRAINIAN, "error.unavailable.title") + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/resources/css/uchast.css\"></head>"
                + "<body><main id=\"content\"><h1 id=\"errorTitle\">" + UiText.format(UiText.UKRAINIAN, "error.unavailable.title")
                + "</h1><p>" + UiText.format(UiText.UKRAINIAN, "error.unavailable.text") + "</p>"
                + "<h2 lang=\"en\">" + UiText.format(Locale.ENGLISH, "error.unavailable.title") + "</h2>"
                + "<p lang=\"en\">" + UiText.format(Locale.ENGLISH, "error.unavailable.text") + "</p>"
                + "<p><a href=\"" + request.getContextPath() + "/\">" + UiText.format(UiText.UKRAINIAN, "error.home")
                + "</a></p></main></body></html>");
    }
}
