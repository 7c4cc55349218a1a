package org.channelcenter.web.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelcenter.billing.boundary.BuyerChoice;
import org.channelcenter.billing.boundary.CreditAccounts;
import org.channelcenter.billing.boundary.CreditPosition;
import org.channelcenter.billing.boundary.CreditWhatIf;
import org.channelcenter.billing.entity.BillingRefusedException;
import org.channelcenter.commerce.boundary.OfferChoice;
import org.channelcenter.web.i18n.Amounts;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * Billing › Credit (resellers): its credit with each provider (limit, terms, balance, and for a hold the overdue
 * invoices), paged in the database; and what a planned order would do to it. All rules live in
 * {@link CreditAccounts}.
 */
@Named
@ViewScoped
public class CreditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "whatIfForm:";

    @EJB
    CreditAccounts credit;

    @Inject
    DomainMessages messages;

    @Inject
    Amounts amounts;

    private BoundaryLazyDataModel<CreditPosition> providers;
    private List<BuyerChoice> providerChoices;
    private List<OfferChoice> offers;

    private Long providerId;
    private Long offerId;
    private Integer quantity = 1;
    private CreditWhatIf whatIf;

    public BoundaryLazyDataModel<CreditPosition> getProviders() {
        if (providers == null) {
            providers = new BoundaryLazyDataModel<>(
                    credit::countProviders, credit::findProviders, row -> Long.toString(row.providerId()));
        }
        return providers;
    }

    /** What the planned order would do; nothing is written. */
    public void check() {
        whatIf = null;
        messages.attempt(() -> whatIf = credit.whatIf(providerId, offerId, quantity))
                .refusalAt(BillingRefusedException.class, FORM + "offer")
                .showingAt(FORM + "offer");
    }

    /** The what-if's figures: the order's charge this month and the balance after it. */
    public String getChargeText() {
        CreditPosition position = whatIf.position();
        String currency = position.currency() == null ? whatIf.currency() : position.currency();
        return messages.text(
                "credit.whatIf.charge",
                amounts.money(whatIf.charge(), whatIf.currency()),
                amounts.money(whatIf.balanceAfter(), currency));
    }

    /** Accepted, or why it would be refused. */
    public String getVerdictText() {
        if (whatIf.refusal() == null) {
            return messages.text("credit.whatIf.accepted");
        }
        CreditPosition position = whatIf.position();
        return messages.text(
                "credit.whatIf.refused." + whatIf.refusal(),
                position.hasLimit() ? amounts.money(position.limit(), position.currency()) : "");
    }

    public List<BuyerChoice> getProviderChoices() {
        if (providerChoices == null) {
            providerChoices = credit.providerChoices();
        }
        return providerChoices;
    }

    public List<OfferChoice> getOffers() {
        if (offers == null) {
            offers = credit.offers();
        }
        return offers;
    }

    public CreditWhatIf getWhatIf() {
        return whatIf;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }
}
