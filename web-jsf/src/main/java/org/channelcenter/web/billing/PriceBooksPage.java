package org.channelcenter.web.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.channelcenter.billing.boundary.BuyerChoice;
import org.channelcenter.billing.boundary.NewPriceRule;
import org.channelcenter.billing.boundary.PriceBooks;
import org.channelcenter.billing.boundary.PriceRuleRow;
import org.channelcenter.commerce.boundary.OfferChoice;
import org.channelcenter.kernel.boundary.PageRequest;

/**
 * Billing › Price books (providers): the default book, or the book of one reseller in partnership, chosen at the
 * top; its rules in effect, a new dated rule, its history. All rules live in {@link PriceBooks}.
 */
@Named
@ViewScoped
public class PriceBooksPage extends PriceRulesView {

    private static final long serialVersionUID = 1L;

    @EJB
    PriceBooks priceBooks;

    /** The reseller whose book is shown; null for the default book. */
    private Long resellerId;

    private List<BuyerChoice> resellers;

    @Override
    protected Long buyerId() {
        return resellerId;
    }

    @Override
    protected List<PriceRuleRow> readRulesInEffect(Long buyer) {
        return priceBooks.rulesInEffect(buyer);
    }

    @Override
    protected long countRules(Long buyer) {
        return priceBooks.countRules(buyer);
    }

    @Override
    protected List<PriceRuleRow> findRules(Long buyer, PageRequest request) {
        return priceBooks.findRules(buyer, request);
    }

    @Override
    protected PriceRuleRow addRule(Long buyer, NewPriceRule rule) {
        return priceBooks.addRule(buyer, rule);
    }

    @Override
    protected List<OfferChoice> readOffers() {
        return priceBooks.offers();
    }

    /** The book menu changed. */
    public void chooseBook() {
        bookChanged();
    }

    public List<BuyerChoice> getResellers() {
        if (resellers == null) {
            resellers = priceBooks.resellers();
        }
        return resellers;
    }

    /** The shown book's reseller name; null for the default book. */
    public String getResellerName() {
        return resellerId == null
                ? null
                : getResellers().stream()
                        .filter(reseller -> reseller.id() == resellerId)
                        .map(BuyerChoice::name)
                        .findFirst()
                        .orElse(null);
    }

    public Long getResellerId() {
        return resellerId;
    }

    public void setResellerId(Long resellerId) {
        this.resellerId = resellerId;
    }
}
