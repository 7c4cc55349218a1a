package org.channelcenter.web.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.channelcenter.billing.boundary.BuyerChoice;
import org.channelcenter.billing.boundary.CustomerPrices;
import org.channelcenter.billing.boundary.NewPriceRule;
import org.channelcenter.billing.boundary.OfferPriceRow;
import org.channelcenter.billing.boundary.PriceRuleRow;
import org.channelcenter.commerce.boundary.OfferChoice;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;

/**
 * Billing › Prices (resellers): each offer from each provider with its cost, the customer price (the default one,
 * or the chosen customer's) and the margin, today; then the default customer prices, or one customer's (chosen from the customers, paged in the
 * database): rules in effect, a new dated rule, history. All rules live in {@link CustomerPrices}.
 */
@Named
@ViewScoped
public class PricesPage extends PriceRulesView {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomerPrices customerPrices;

    private BoundaryLazyDataModel<OfferPriceRow> offerPrices;
    private BoundaryLazyDataModel<BuyerChoice> customers;

    /** The customer whose prices are shown; null for the default customer prices. */
    private BuyerChoice customer;

    public BoundaryLazyDataModel<OfferPriceRow> getOfferPrices() {
        if (offerPrices == null) {
            Long customerId = buyerId();
            offerPrices = new BoundaryLazyDataModel<>(
                    customerPrices::countOffers,
                    request -> customerPrices.findOffers(request, customerId),
                    OfferPriceRow::key);
        }
        return offerPrices;
    }

    public BoundaryLazyDataModel<BuyerChoice> getCustomers() {
        if (customers == null) {
            customers = new BoundaryLazyDataModel<>(
                    customerPrices::countCustomers, customerPrices::findCustomers, row -> Long.toString(row.id()));
        }
        return customers;
    }

    /** Shows the customer's prices. */
    public void chooseCustomer(BuyerChoice chosen) {
        customer = chosen;
        bookChanged();
        offerPrices = null;
    }

    /** Back to the default customer prices. */
    public void chooseDefault() {
        customer = null;
        bookChanged();
        offerPrices = null;
    }

    @Override
    protected void ruleAdded() {
        offerPrices = null;
    }

    @Override
    protected Long buyerId() {
        return customer == null ? null : customer.id();
    }

    @Override
    protected List<PriceRuleRow> readRulesInEffect(Long buyer) {
        return customerPrices.rulesInEffect(buyer);
    }

    @Override
    protected long countRules(Long buyer) {
        return customerPrices.countRules(buyer);
    }

    @Override
    protected List<PriceRuleRow> findRules(Long buyer, PageRequest request) {
        return customerPrices.findRules(buyer, request);
    }

    @Override
    protected PriceRuleRow addRule(Long buyer, NewPriceRule rule) {
        return customerPrices.addRule(buyer, rule);
    }

    @Override
    protected List<OfferChoice> readOffers() {
        return customerPrices.offers();
    }

    public BuyerChoice getCustomer() {
        return customer;
    }
}
