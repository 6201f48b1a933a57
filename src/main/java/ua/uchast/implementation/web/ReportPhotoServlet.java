package ua.uchast.implementation.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ua.uchast.implementation.boundary.ProgressCatalogue;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.web.Ids;

/** Serves a progress report's photo at /implementation/photo/{id}, as its re-encoded type, never sniffed, in a sandbox. */
@WebServlet("/implementation/photo/*")
public class ReportPhotoServlet extends HttpServlet {

    @Inject
    ProgressCatalogue progress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProgressCatalogue.PhotoFile file;
        try {
            String path = request.getPathInfo();
            file = progress.photo(Ids.parse(path == null ? null : path.substring(1)));
        } catch (NotFoundException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.photo().mediaType());
        response.setContentLength(file.content().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getOutputStream().write(file.content());
    }
}
