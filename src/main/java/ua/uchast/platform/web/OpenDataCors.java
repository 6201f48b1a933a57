package ua.uchast.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The open data under /api may be read from any web page (CORS): GET and HEAD answers, errors included, allow every
 * origin. Nothing else is opened: a POST from another site (a ballot) gets no such header, so browsers keep it to
 * programs that are not web pages, as before. No cookies are involved, so no credentials are allowed.
 */
@WebFilter("/api/*")
public class OpenDataCors extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", "Content-Disposition, X-Ballot-File-Head, Retry-After");
        }
        chain.doFilter(request, response);
    }
}
