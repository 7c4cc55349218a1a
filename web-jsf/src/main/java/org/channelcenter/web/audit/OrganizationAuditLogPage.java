package org.channelcenter.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.boundary.AuditEntry;
import org.channelcenter.audit.boundary.AuditFilter;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.Total;

/**
 * Account settings › Audit log: the events of the admin's own organization (it acted or is concerned). The
 * boundary takes the organization from the principal; this page never names one.
 */
@Named
@ViewScoped
public class OrganizationAuditLogPage extends AuditEventsView {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditLog auditLog;

    @Override
    protected Total total(AuditFilter filter) {
        return auditLog.totalOwn(filter);
    }

    @Override
    protected KeyedPage<AuditEntry> page(PageRequest request, AuditFilter filter) {
        return auditLog.pageOfOwn(request, filter);
    }

    @Override
    protected void export(
            AuditFilter filter, List<String> header, Map<AuditAction, String> actionLabels, OutputStream out)
            throws IOException {
        auditLog.exportOwnCsv(filter, header, actionLabels, out);
    }
}
