package ua.uchast.community.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.HromadaLogo;

/** Serves a hromada's logo at /community/logo/{slug}, with the type its content was recognised as, never sniffed. */
@WebServlet("/community/logo/*")
public class HromadaLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    HromadaCatalog hromadas;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        HromadaLogo logo = path == null || path.length() < 2 ? null : hromadas.logoOf(path.substring(1)).orElse(null);
        if (logo == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = logo.content();
        response.setContentType(logo.mediaType());
        response.setContentLength(content.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getOutputStream().write(content);
    }
}
