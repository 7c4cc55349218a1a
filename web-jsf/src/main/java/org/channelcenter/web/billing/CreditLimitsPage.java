package org.channelcenter.web.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.channelcenter.billing.boundary.CreditAccounts;
import org.channelcenter.billing.boundary.CreditPosition;
import org.channelcenter.billing.entity.BillingRefusedException;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;
import org.primefaces.PrimeFaces;

/**
 * Billing › Credit (providers): each reseller in partnership with its limit, terms, balance and hold, paged in the
 * database; a dialog sets one reseller's limit and terms. All rules live in {@link CreditAccounts}.
 */
@Named
@ViewScoped
public class CreditLimitsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "creditForm:";

    @EJB
    CreditAccounts credit;

    @Inject
    DomainMessages messages;

    private BoundaryLazyDataModel<CreditPosition> resellers;

    private CreditPosition editing;
    private String currency;
    private BigDecimal limit;
    private Integer terms;

    public BoundaryLazyDataModel<CreditPosition> getResellers() {
        if (resellers == null) {
            resellers = new BoundaryLazyDataModel<>(
                    credit::countResellers, credit::findResellers, row -> Long.toString(row.resellerId()));
        }
        return resellers;
    }

    /** Opens the dialog on the reseller's credit: its limit and terms, or USD and net 30 without an account. */
    public void edit(CreditPosition row) {
        editing = row;
        currency = row.currency() == null ? "USD" : row.currency();
        limit = row.limit();
        terms = row.termsDays();
    }

    /** Saves the dialog; it closes only when nothing was refused. */
    public void save() {
        messages.attempt(() -> {
                    CreditPosition saved = credit.setCredit(editing.resellerId(), currency, limit, terms);
                    messages.info("credit.saved", saved.resellerName());
                    resellers.reset();
                    PrimeFaces.current().ajax().addCallbackParam("saved", true);
                })
                .refusalAt(BillingRefusedException.class, FORM + "limit")
                .showingAt(FORM + "limit");
    }

    public CreditPosition getEditing() {
        return editing;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getLimit() {
        return limit;
    }

    public void setLimit(BigDecimal limit) {
        this.limit = limit;
    }

    public Integer getTerms() {
        return terms;
    }

    public void setTerms(Integer terms) {
        this.terms = terms;
    }
}
