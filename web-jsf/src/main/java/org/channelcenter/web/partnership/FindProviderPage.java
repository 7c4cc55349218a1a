package org.channelcenter.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.partnership.boundary.ListedProvider;
import org.channelcenter.partnership.boundary.ProviderDirectory;
import org.channelcenter.partnership.entity.ProviderService;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * Find a provider (resellers): published listings of active providers, searched by name and filtered by
 * country/region and service, all in the database through {@link ProviderDirectory}, which also refuses
 * anyone but resellers and staff. The three filters are read whenever the table loads, so changing one
 * and re-filtering the table is enough.
 */
@Named
@ViewScoped
public class FindProviderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProviderDirectory directory;

    @Inject
    DomainMessages messages;

    private BoundaryLazyDataModel<ListedProvider> providers;
    private String name;
    private String countryCode;
    private ProviderService service;

    public BoundaryLazyDataModel<ListedProvider> getProviders() {
        if (providers == null) {
            providers = new BoundaryLazyDataModel<>(
                    ignored -> directory.count(name, countryCode, service),
                    request -> directory.find(
                            new PageRequest(
                                    request.first(), request.size(), request.sortField(), request.ascending(), name),
                            countryCode,
                            service),
                    row -> Long.toString(row.id()));
        }
        return providers;
    }

    /** Checked as the page opens: anyone but a reseller (or staff) gets the 403 page, not an empty list. */
    public void requireAccess() throws IOException {
        if (!directory.mayFind()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            faces.responseComplete();
        }
    }

    /** The localized names of a row's services, in one line. */
    public String serviceLabels(ListedProvider row) {
        return String.join(
                ", ",
                row.services().stream()
                        .map(each -> messages.text("providerService." + each.name()))
                        .toList());
    }

    public ProviderService[] getServices() {
        return ProviderService.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public ProviderService getService() {
        return service;
    }

    public void setService(ProviderService service) {
        this.service = service;
    }
}
