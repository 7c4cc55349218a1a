package org.channelcenter.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.boundary.AuditEntry;
import org.channelcenter.audit.boundary.AuditFilter;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.boundary.AuditOrganization;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.Total;

/**
 * Staff › Audit log: every audit event, filtered (organization, action, time range, text) and paged in the
 * database, and exported as CSV.
 */
@Named
@ViewScoped
public class AuditLogPage extends AuditEventsView {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditLog auditLog;

    private AuditOrganization organization;

    /** The organizations last offered by the organization filter, so its converter can name the one chosen. */
    private final Map<String, AuditOrganization> offered = new HashMap<>();

    @Override
    protected Total total(AuditFilter filter) {
        return auditLog.totalEvents(filter);
    }

    @Override
    protected KeyedPage<AuditEntry> page(PageRequest request, AuditFilter filter) {
        return auditLog.pageOfEvents(request, filter);
    }

    @Override
    protected void export(
            AuditFilter filter, List<String> header, Map<AuditAction, String> actionLabels, OutputStream out)
            throws IOException {
        auditLog.exportCsv(filter, header, actionLabels, out);
    }

    @Override
    protected Long organizationId() {
        return organization == null ? null : organization.id();
    }

    @Override
    public void resetFilters() {
        super.resetFilters();
        organization = null;
    }

    public List<AuditOrganization> completeOrganization(String text) {
        List<AuditOrganization> found = auditLog.findOrganizations(text);
        found.forEach(each -> offered.put(Long.toString(each.id()), each));
        return found;
    }

    public Converter<AuditOrganization> getOrganizationConverter() {
        return new OfferedOrganizations();
    }

    public AuditOrganization getOrganization() {
        return organization;
    }

    public void setOrganization(AuditOrganization organization) {
        this.organization = organization;
    }

    /** Turns an offered organization's id back into it; an id never offered is a conversion error, not a query. */
    private final class OfferedOrganizations implements Converter<AuditOrganization>, Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public AuditOrganization getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            AuditOrganization chosen = offered.get(value);
            if (chosen == null) {
                throw new ConverterException(new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, messages.text("audit.organization.choose"), null));
            }
            return chosen;
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, AuditOrganization value) {
            return value == null ? "" : Long.toString(value.id());
        }
    }
}
