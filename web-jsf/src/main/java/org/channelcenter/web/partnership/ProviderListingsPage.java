package org.channelcenter.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelcenter.partnership.boundary.ListingDetails;
import org.channelcenter.partnership.boundary.ProviderChoice;
import org.channelcenter.partnership.boundary.ProviderDirectory;
import org.channelcenter.partnership.boundary.ProviderListingRow;
import org.channelcenter.partnership.entity.ProviderListingRefusedException;
import org.channelcenter.partnership.entity.ProviderService;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;
import org.primefaces.PrimeFaces;

/**
 * Staff › Provider directory: every listing, paged in the database; the dialog that lists a provider or
 * edits a listing (the form binds to {@link ListingDetails}, so its constraints speak at each field);
 * publish and unpublish. All rules live in {@link ProviderDirectory}; refusals are shown where they belong.
 */
@Named
@ViewScoped
public class ProviderListingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "listingForm";

    @EJB
    ProviderDirectory directory;

    @Inject
    DomainMessages messages;

    private BoundaryLazyDataModel<ProviderListingRow> listings;

    /** The row being edited; null while a new listing is being made. */
    private ProviderListingRow editing;

    private Long providerId;
    private ListingDetails details = new ListingDetails();
    private List<ProviderChoice> providers = List.of();

    public BoundaryLazyDataModel<ProviderListingRow> getListings() {
        if (listings == null) {
            listings = new BoundaryLazyDataModel<>(
                    directory::countListings, directory::findListings, row -> Long.toString(row.id()));
        }
        return listings;
    }

    /** Empties the dialog and reads the providers that can still be listed. */
    public void newListing() {
        editing = null;
        providerId = null;
        details = new ListingDetails();
        providers = directory.unlistedProviders();
    }

    /** Opens the dialog on the row as it was shown (its version guards the change). */
    public void edit(ProviderListingRow row) {
        editing = row;
        providerId = row.organizationId();
        details = row.details();
        providers = List.of();
    }

    /** Saves the dialog; it closes only when nothing was refused. */
    public void save() {
        messages.attempt(() -> {
                    if (editing == null) {
                        ProviderListingRow created = directory.create(providerId, details);
                        messages.info("listings.created", created.displayName());
                    } else {
                        ProviderListingRow changed = directory.update(editing.id(), editing.version(), details);
                        editing = changed;
                        messages.info("listings.updated", changed.displayName());
                    }
                    PrimeFaces.current().ajax().addCallbackParam("saved", true);
                })
                .refusalAt(ProviderListingRefusedException.class, e -> fieldOf(e.reason()))
                .showingAt(null);
    }

    public void publish(ProviderListingRow row) {
        messages.attempt(
                () -> {
                    directory.publish(row.id(), row.version());
                    messages.info("listings.published", row.displayName());
                },
                null);
    }

    public void unpublish(ProviderListingRow row) {
        messages.attempt(
                () -> {
                    directory.unpublish(row.id(), row.version());
                    messages.info("listings.unpublished", row.displayName());
                },
                null);
    }

    /** The localized names of a row's services, in one line. */
    public String serviceLabels(ProviderListingRow row) {
        return String.join(
                ", ",
                row.services().stream()
                        .map(service -> messages.text("providerService." + service.name()))
                        .toList());
    }

    private static String fieldOf(ProviderListingRefusedException.Reason reason) {
        return switch (reason) {
            case NOT_A_PROVIDER, ALREADY_LISTED -> FORM + ":provider";
            case COUNTRY_UNKNOWN -> FORM + ":countries";
            case LISTING_NOT_FOUND -> null;
        };
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getEditingOrganizationName() {
        return editing == null ? "" : editing.organizationName();
    }

    public ProviderService[] getServiceChoices() {
        return ProviderService.values();
    }

    public List<ProviderChoice> getProviders() {
        return providers;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public ListingDetails getDetails() {
        return details;
    }
}
