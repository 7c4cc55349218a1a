package org.channelcenter.web.commerce;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.commerce.boundary.OfferCatalog;
import org.channelcenter.commerce.boundary.OfferDetails;
import org.channelcenter.commerce.boundary.OfferRow;
import org.channelcenter.commerce.entity.BillingCycle;
import org.channelcenter.commerce.entity.OfferRefusedException;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;
import org.primefaces.PrimeFaces;

/**
 * Staff › Offer catalog: the offers, paged, sorted and filtered by name in the database (inactive ones
 * when asked); the dialog that creates or edits an offer (the form binds to {@link OfferDetails}, so its
 * constraints speak at each field); activate and deactivate. All rules live in {@link OfferCatalog}.
 */
@Named
@ViewScoped
public class OfferCatalogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "offerForm";

    @EJB
    OfferCatalog catalog;

    @Inject
    DomainMessages messages;

    private BoundaryLazyDataModel<OfferRow> offers;
    private boolean showInactive;

    /** The row being edited; null while a new offer is being made. */
    private OfferRow editing;

    private OfferDetails details = new OfferDetails();

    public BoundaryLazyDataModel<OfferRow> getOffers() {
        if (offers == null) {
            // the lambdas read the flag at each load, so ticking "show inactive" needs no new model
            offers = new BoundaryLazyDataModel<>(
                    filter -> catalog.count(filter, showInactive),
                    request -> catalog.find(request, showInactive),
                    row -> Long.toString(row.id()));
        }
        return offers;
    }

    public void newOffer() {
        editing = null;
        details = new OfferDetails();
    }

    /** Opens the dialog on the row as it was shown (its version guards the change). */
    public void edit(OfferRow row) {
        editing = row;
        details = row.details();
    }

    /** Saves the dialog; it closes only when nothing was refused. */
    public void save() {
        messages.attempt(() -> {
                    if (editing == null) {
                        OfferRow created = catalog.create(details);
                        messages.info("offers.created", created.name());
                    } else {
                        editing = catalog.update(editing.id(), editing.version(), details);
                        messages.info("offers.updated", editing.name());
                    }
                    PrimeFaces.current().ajax().addCallbackParam("saved", true);
                })
                .refusalAt(OfferRefusedException.class, e -> fieldOf(e.reason()))
                .showingAt(null);
    }

    public void activate(OfferRow row) {
        messages.attempt(
                () -> {
                    catalog.activate(row.id(), row.version());
                    messages.info("offers.activated", row.name());
                },
                null);
    }

    public void deactivate(OfferRow row) {
        messages.attempt(
                () -> {
                    catalog.deactivate(row.id(), row.version());
                    messages.info("offers.deactivated", row.name());
                },
                null);
    }

    private static String fieldOf(OfferRefusedException.Reason reason) {
        return switch (reason) {
            case NAME_TAKEN -> FORM + ":name";
            case CURRENCY_UNKNOWN -> FORM + ":currency";
            case QUANTITY_RANGE -> FORM + ":maxQuantity";
            case OFFER_NOT_FOUND -> null;
        };
    }

    public boolean isCreating() {
        return editing == null;
    }

    public BillingCycle[] getBillingCycles() {
        return BillingCycle.values();
    }

    public OfferDetails getDetails() {
        return details;
    }

    public boolean isShowInactive() {
        return showInactive;
    }

    public void setShowInactive(boolean showInactive) {
        this.showInactive = showInactive;
    }
}
