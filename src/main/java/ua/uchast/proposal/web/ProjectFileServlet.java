package ua.uchast.proposal.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ua.uchast.platform.entity.BusinessException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.entity.MediaType;

/**
 * Serves a project's file at /files/{id} with the type its content was recognised as, never sniffed, in a sandbox,
 * to whoever may see the project. Documents are downloaded rather than shown.
 */
@WebServlet("/files/*")
public class ProjectFileServlet extends HttpServlet {

    @Inject
    ProjectCatalogue catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProjectCatalogue.StoredFile file;
        try {
            file = catalogue.file(idFrom(request.getPathInfo()));
        } catch (NotFoundException | NumberFormatException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (BusinessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        MediaType type = file.attachment().mediaType();
        response.setContentType(type.mime());
        response.setContentLength(file.content().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", file.isPublic() ? "private, max-age=3600" : "no-store");
        response.setHeader("Content-Disposition", (type.isImage() ? "inline" : "attachment") + "; filename=\"project-file-"
                + file.attachment().id() + "." + type.extension() + "\"");
        response.getOutputStream().write(file.content());
    }

    private static Long idFrom(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2) {
            throw new NotFoundException();
        }
        return Long.valueOf(pathInfo.substring(1));
    }
}
