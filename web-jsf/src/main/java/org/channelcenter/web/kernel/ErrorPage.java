package org.channelcenter.web.kernel;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelcenter.audit.boundary.AuditLog;

/**
 * Behind the error pages: a refused access is audited with the address that was asked for. The event is written in
 * a transaction of its own once the refusal has happened; should that write fail for a passing reason (embedded
 * Derby refuses an insert while concurrent inserts take a new block of the table's ids: "too much contention"), it
 * is written again once, so that a refusal is not left out of the log.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @EJB
    AuditLog auditLog;

    @Inject
    FacesContext faces;

    /** Called as each error page renders; only a refusal (403) is an audit event. */
    public void recordIfForbidden(String code) {
        if (!"403".equals(code)) {
            return;
        }
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String resource = uri == null ? request.getRequestURI() : uri.toString();
        try {
            auditLog.recordAccessDenied(resource, request.getRemoteAddr());
        } catch (EJBException passing) {
            LOG.log(Level.WARNING, "Auditing a refusal of " + resource + " failed; writing it again.", passing);
            auditLog.recordAccessDenied(resource, request.getRemoteAddr());
        }
    }
}
