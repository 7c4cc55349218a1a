package org.channelcenter.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.audit.boundary.AuditEntry;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;

/** Staff › Audit log: every audit event, paged and filtered in the database. */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditLog auditLog;

    private BoundaryLazyDataModel<AuditEntry> events;

    public BoundaryLazyDataModel<AuditEntry> getEvents() {
        if (events == null) {
            events = new BoundaryLazyDataModel<>(auditLog::count, auditLog::find, entry -> Long.toString(entry.id()));
        }
        return events;
    }
}
