package org.channelcenter.web.kernel;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Requests no browser sends get the localized 400 page ({@code /error/400.xhtml}) before anything reads them:
 * parameters that cannot be decoded (a malformed percent-escape such as {@code %zz}, in the address or a posted
 * form: the container's parser throws on the first read, wherever that is), a NUL character in any parameter, and
 * a view state token that is not one
 * the portal hands out (Faces would fail decoding it). Registered first in web.xml, so no other filter, and no page,
 * reads such a request.
 */
public class MalformedRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String BAD_REQUEST_PAGE = "/error/400.xhtml";

    /** The view state token as MyFaces writes it for server-side state (base64), or a stateless view's marker. */
    private static final Pattern VIEW_STATE = Pattern.compile("[A-Za-z0-9+/=_-]{1,512}");

    private static final String VIEW_STATE_PARAMETER = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMalformed(request)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher(BAD_REQUEST_PAGE).forward(new RequestWithoutParameters(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isMalformed(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.startsWith("multipart/")) {
            // an upload's fields are not percent-encoded; its parts are read by the upload page, once
            return false;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalArgumentException undecodable) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            // a NUL character, which no browser's form sends and PostgreSQL cannot store in text
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        String[] viewStates = parameters.get(VIEW_STATE_PARAMETER);
        if (viewStates != null) {
            for (String viewState : viewStates) {
                if (!VIEW_STATE.matcher(viewState).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
