package org.channelcenter.web.enrollment;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.channelcenter.enrollment.boundary.Enrollments;

/**
 * Until approval an applicant only sees the status page: any other page of a signed-in user whose
 * organization awaits its decision leads there. (The boundaries refuse such users anyway; this spares
 * them the 403 page.) The answer is kept in the session until the status page shows a decision.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ApplicantFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String STATUS_PAGE = "/enrollment/status.xhtml";
    static final String AWAITING = ApplicantFilter.class.getName() + ".awaitingApproval";

    @EJB
    Enrollments enrollments;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (request.getUserPrincipal() == null
                || path.equals(STATUS_PAGE)
                || path.startsWith("/public/")
                || path.startsWith("/error/")
                || path.equals("/login.xhtml")
                || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession();
        String name = request.getUserPrincipal().getName();
        Boolean awaiting = session.getAttribute(AWAITING) instanceof Answer answer
                        && answer.user().equals(name)
                ? answer.awaiting()
                : null;
        if (awaiting == null) {
            awaiting = enrollments.isAwaitingApproval();
            session.setAttribute(AWAITING, new Answer(name, awaiting));
        }
        if (awaiting) {
            response.sendRedirect(request.getContextPath() + STATUS_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The answer for one signed-in user, asked once per session. */
    record Answer(String user, boolean awaiting) implements java.io.Serializable {}

    /** Called by the status page once the application is decided, so the applicant can go on. */
    public static void forget(HttpSession session) {
        session.removeAttribute(AWAITING);
    }
}
