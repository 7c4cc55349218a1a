package org.channelcenter.web.commerce;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.channelcenter.commerce.boundary.NewOrder;
import org.channelcenter.commerce.boundary.OfferChoice;
import org.channelcenter.commerce.boundary.OrderRow;
import org.channelcenter.commerce.boundary.Orders;
import org.channelcenter.commerce.boundary.ResellerChoice;
import org.channelcenter.customer.boundary.CustomerDetails;
import org.channelcenter.customer.boundary.Customers;
import org.channelcenter.customer.entity.CustomerRefusedException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * Place order ({@code /commerce/order.xhtml?customer=<id>}): a provider's admin or sales agent orders offers
 * for a customer, naming the reseller of record among the customer's resellers that are the provider's active
 * partners. The boundary decides everything again when the order is placed; its refusals (the seeds' rule
 * first among them) are shown at the top of the form, and the form keeps what was typed.
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Customers customers;

    @EJB
    Orders orders;

    @Inject
    DomainMessages messages;

    private String customerId;
    private long customer;
    private String refusal;
    private List<ResellerChoice> resellers = List.of();
    private List<OfferChoice> offers = List.of();
    private Long resellerId;
    private String customerName;
    private String customerDomain;
    private final List<LineInput> lines = new ArrayList<>();

    public void load() {
        if (refusal != null || !resellers.isEmpty() || !offers.isEmpty()) {
            return;
        }
        try {
            customer = Long.parseLong(customerId == null ? "" : customerId.strip());
            resellers = orders.resellersOfRecord(customer);
            CustomerDetails details = customers.customer(customer);
            customerName = details.name();
            customerDomain = details.domain();
            offers = orders.orderableOffers();
        } catch (NumberFormatException e) {
            // not an id at all: the same answer as an id that is not ours, without asking the boundary
            refusal = messages.keyFor(new CustomerRefusedException(CustomerRefusedException.Reason.NOT_FOUND));
            return;
        } catch (DomainException e) {
            refusal = messages.keyFor(e);
            return;
        }
        if (resellers.size() == 1) {
            resellerId = resellers.get(0).id();
        }
        if (lines.isEmpty()) {
            lines.add(new LineInput());
        }
    }

    public void addLine() {
        lines.add(new LineInput());
    }

    public void removeLine(LineInput line) {
        lines.remove(line);
    }

    public void placeOrder() {
        messages.attempt(
                () -> {
                    OrderRow placed = orders.place(new NewOrder(
                            customer,
                            resellerId == null ? 0 : resellerId,
                            lines.stream().map(LineInput::toLine).toList()));
                    messages.info("order.placed", Long.toString(placed.id()));
                    lines.clear();
                    lines.add(new LineInput());
                },
                null);
    }

    /** The request parameter as given; kept as text so that a mistyped link is answered, not a converter error. */
    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public long getCustomer() {
        return customer;
    }

    /** The customer ordered for, named at the top of the page (issue 16, defect 8). */
    public String getCustomerName() {
        return customerName;
    }

    public String getCustomerDomain() {
        return customerDomain;
    }

    /** How the offer chooser shows an offer (by its id, the value of the chooser's custom content). */
    public String offerLabel(Long offerId) {
        return offers.stream()
                .filter(offer -> offerId != null && offer.id() == offerId)
                .findFirst()
                .map(offer -> offer.name() + " (" + offer.minQuantity() + "–" + offer.maxQuantity() + ", "
                        + offer.unitPrice() + " " + offer.currency() + ")")
                .orElse("");
    }

    public boolean isRefused() {
        return refusal != null;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<ResellerChoice> getResellers() {
        return resellers;
    }

    public List<OfferChoice> getOffers() {
        return offers;
    }

    public Long getResellerId() {
        return resellerId;
    }

    public void setResellerId(Long resellerId) {
        this.resellerId = resellerId;
    }

    public List<LineInput> getLines() {
        return lines;
    }

    /** One line of the form as typed: both values are required when the order is placed. */
    public static class LineInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long offerId;
        private Integer quantity;

        /** The form requires both values; a missing one becomes one the boundary refuses, never a null. */
        NewOrder.Line toLine() {
            return new NewOrder.Line(offerId == null ? 0 : offerId, quantity == null ? 0 : quantity);
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
}
