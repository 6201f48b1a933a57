package ua.uchast.platform.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps the Faces flash cookie to the server process that wrote it. Mojarra's flash cookie is encrypted with a key each
 * process draws at start-up, so another instance of a cluster (or the same one after a restart) cannot read it — and
 * Mojarra then fails any redirect of that request with a NullPointerException: a resident who cast a ballot on an
 * instance other than the one that showed the confirmation would see an error page although the ballot was stored.
 * So every flash cookie goes out with a companion naming the process that wrote it, and a flash cookie that came from
 * another process is hidden from the request: only what that flash held (a message such as "saved") is lost.
 */
@WebFilter("/*")
public class FlashCookieFilter extends HttpFilter {

    /** Mojarra's name for the flash cookie. */
    static final String FLASH_COOKIE = "csfcfc";
    static final String WRITER_COOKIE = "uchast_flash_writer";
    private static final long serialVersionUID = 1L;
    private static final String THIS_PROCESS = UUID.randomUUID().toString();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(readable(request, THIS_PROCESS), new MarkingResponse(response, THIS_PROCESS));
    }

    /** The request as Faces should see it in {@code process}: without a flash cookie another process wrote. */
    static HttpServletRequest readable(HttpServletRequest request, String process) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || Arrays.stream(cookies).noneMatch(cookie -> cookie.getName().equals(FLASH_COOKIE))
                || Arrays.stream(cookies).anyMatch(cookie -> cookie.getName().equals(WRITER_COOKIE)
                        && cookie.getValue().equals(process))) {
            return request;
        }
        Cookie[] withoutFlash = Arrays.stream(cookies).filter(cookie -> !cookie.getName().equals(FLASH_COOKIE))
                .toArray(Cookie[]::new);
        return new HttpServletRequestWrapper(request) {
            @Override
            public Cookie[] getCookies() {
                return withoutFlash.clone();
            }
        };
    }

    /** Sends the writer's companion along with every flash cookie, with the same path and lifetime. */
    static final class MarkingResponse extends HttpServletResponseWrapper {

        private final String process;

        MarkingResponse(HttpServletResponse response, String process) {
            super(response);
            this.process = process;
        }

        @Override
        public void addCookie(Cookie cookie) {
            super.addCookie(cookie);
            if (cookie.getName().equals(FLASH_COOKIE)) {
                Cookie writer = new Cookie(WRITER_COOKIE, process);
                writer.setPath(cookie.getPath());
                writer.setMaxAge(cookie.getMaxAge());
                writer.setSecure(cookie.getSecure());
                writer.setHttpOnly(true);
                super.addCookie(writer);
            }
        }
    }
}
