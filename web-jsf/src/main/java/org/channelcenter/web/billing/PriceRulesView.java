package org.channelcenter.web.billing;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.channelcenter.billing.boundary.NewPriceRule;
import org.channelcenter.billing.boundary.PriceRuleRow;
import org.channelcenter.billing.entity.PriceRefusedException;
import org.channelcenter.billing.entity.PriceRuleKind;
import org.channelcenter.commerce.boundary.OfferChoice;
import org.channelcenter.web.i18n.Amounts;
import org.channelcenter.web.i18n.Dates;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * What a provider's Price books and a reseller's Prices share (the include {@code price-rules.xhtml}): one book of
 * dated rules at a time (a buyer's, or with a null buyer the default), its rules in effect today, the form that adds
 * a rule, and its history, paged in the database. Subclasses say which boundary calls a book's rules.
 */
public abstract class PriceRulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "ruleForm:";

    @Inject
    DomainMessages messages;

    @Inject
    Amounts amounts;

    @Inject
    Dates dates;

    private NewPriceRule rule = new NewPriceRule();
    private BoundaryLazyDataModel<PriceRuleRow> history;
    private List<PriceRuleRow> inEffect;
    private List<OfferChoice> offers;

    /** The buyer whose book is shown; null for the default book. */
    protected abstract Long buyerId();

    protected abstract List<PriceRuleRow> readRulesInEffect(Long buyer);

    protected abstract long countRules(Long buyer);

    protected abstract List<PriceRuleRow> findRules(Long buyer, org.channelcenter.kernel.boundary.PageRequest request);

    protected abstract PriceRuleRow addRule(Long buyer, NewPriceRule rule);

    protected abstract List<OfferChoice> readOffers();

    /** After a rule was added: what else on the page shows prices reads them again. */
    protected void ruleAdded() {}

    /** Adds the form's rule to the book; the form is emptied only when nothing was refused. */
    public void add() {
        Long buyer = buyerId();
        messages.attempt(() -> {
                    PriceRuleRow added = addRule(buyer, rule);
                    messages.info("prices.ruleAdded", dates.day(added.effectiveFrom()));
                    rule = new NewPriceRule();
                    bookChanged();
                    ruleAdded();
                })
                .refusalAt(PriceRefusedException.class, refusal -> fieldOf(refusal.reason()))
                .showingAt(null);
    }

    /** Another book was chosen, or this one changed: its rules are read again. */
    protected void bookChanged() {
        inEffect = null;
        history = null;
    }

    /** What a rule says, in the page's language: "10 % off", "5 % above", or the fixed price. */
    public String ruleText(PriceRuleRow row) {
        if (row.kind() == PriceRuleKind.FIXED_PRICE) {
            return amounts.money(row.fixedPrice(), row.currency());
        }
        return messages.text(
                row.percentage().signum() < 0 ? "prices.rule.off" : "prices.rule.above",
                amounts.percent(row.percentage()));
    }

    private String fieldOf(PriceRefusedException.Reason reason) {
        return switch (reason) {
            case DATE_IN_PAST -> FORM + "effectiveFrom";
            case OFFER_UNKNOWN, OFFER_REQUIRED -> FORM + "offer";
            case VALUE_REQUIRED, PRICE_PRECISION -> FORM + (isFixedPrice() ? "fixedPrice" : "percentage");
            case RESELLER_NOT_FOUND, PROVIDER_NOT_FOUND, CUSTOMER_NOT_FOUND -> null;
        };
    }

    public List<PriceRuleRow> getRulesInEffect() {
        if (inEffect == null) {
            inEffect = readRulesInEffect(buyerId());
        }
        return inEffect;
    }

    public BoundaryLazyDataModel<PriceRuleRow> getHistory() {
        if (history == null) {
            Long buyer = buyerId();
            history = new BoundaryLazyDataModel<>(
                    filter -> countRules(buyer), request -> findRules(buyer, request), row -> Long.toString(row.id()));
        }
        return history;
    }

    public List<OfferChoice> getOffers() {
        if (offers == null) {
            offers = readOffers();
        }
        return offers;
    }

    public PriceRuleKind[] getKinds() {
        return PriceRuleKind.values();
    }

    public boolean isFixedPrice() {
        return rule.getKind() == PriceRuleKind.FIXED_PRICE;
    }

    public NewPriceRule getRule() {
        return rule;
    }
}
