package org.channelcenter.web.kernel;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.channelcenter.audit.boundary.AuditLog;

/** Behind the error pages: a refused access is audited with the address that was asked for. */
@Named
@RequestScoped
public class ErrorPage {

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
        auditLog.recordAccessDenied(uri == null ? request.getRequestURI() : uri.toString(), request.getRemoteAddr());
    }
}
