package org.channelcenter.web.kernel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * A refused request as its error page sees it ({@link MalformedRequests}' 400, {@link UploadPagesOnly}' 415): a
 * plain GET with no parameters and no body, so that Faces neither reads what was refused (undecodable parameters, a
 * multipart body) nor takes the page for a postback.
 */
final class RequestWithoutParameters extends HttpServletRequestWrapper {

    RequestWithoutParameters(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getQueryString() {
        return null;
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.emptyMap();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }

    @Override
    public String getContentType() {
        return null;
    }

    @Override
    public Collection<Part> getParts() {
        return List.of();
    }

    @Override
    public Part getPart(String name) {
        return null;
    }

    @Override
    public String getHeader(String name) {
        // not an AJAX request any more: the page is rendered whole
        return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }
}
