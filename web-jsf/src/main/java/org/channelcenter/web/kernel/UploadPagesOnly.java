package org.channelcenter.web.kernel;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Multipart requests (file uploads) are accepted only by the pages that upload files; anywhere else they are
 * refused with 415 and the localized {@code /error/415.xhtml} page before anything reads them (issue 15, abuse
 * limits). The Faces servlet's multipart-config (see
 * web.xml) is per servlet, so without this every page would parse, and store up to its size limits, any multipart
 * body sent to it.
 */
@WebFilter(urlPatterns = "/*")
public class UploadPagesOnly extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Staff › Partner-network registry: the CSV import. */
    static final Set<String> UPLOAD_PAGES = Set.of("/staff/registry.xhtml");

    static final String UNSUPPORTED_PAGE = "/error/415.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMultipart(request) && !UPLOAD_PAGES.contains(pathOf(request))) {
            // forwarded, not sendError: an error dispatch would reach Faces as the multipart POST it is
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            request.getRequestDispatcher(UNSUPPORTED_PAGE).forward(new RequestWithoutParameters(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static String pathOf(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null ? request.getServletPath() : request.getServletPath() + info;
    }
}
