package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Place order, for a customer: lines of an offer and a quantity, the reseller of record. */
public final class OrderPage extends Page {

    public static final String PATH = "commerce/order.xhtml";
    static final String PLACE_ORDER = "orderForm:placeOrder";
    private static final String LINES = "orderForm:lines:";

    OrderPage(PortalPage portal) {
        super(portal);
    }

    public static String of(long customerId) {
        return PATH + "?customer=" + customerId;
    }

    public static OrderPage open(PortalPage portal, long customerId) {
        openAt(portal, of(customerId));
        return new OrderPage(portal);
    }

    /** Chooses the offer of a line (lines are the form's own, counted from 0). */
    public OrderPage offer(int line, long offer) {
        portal.select("orderOffer" + line, Long.toString(offer));
        return this;
    }

    public OrderPage quantity(int line, String quantity) {
        type(LINES + line + ":quantity", quantity);
        return this;
    }

    public void place() {
        press(PLACE_ORDER);
    }

    public void awaitOfferMessage(int line, String text) {
        awaitText(LINES + line + ":offerMessage", text);
    }

    public void addLine() {
        press("orderForm:addLine");
    }

    public void awaitLine(int line) {
        awaitPresent(LINES + line + ":quantity");
    }

    public void removeLine(int line) {
        press(LINES + line + ":removeLine");
    }

    public void awaitNoLine(int line) {
        awaitAbsent(LINES + line + ":quantity");
    }

    public void awaitMessage(String text) {
        awaitText("orderForm:messages", text);
    }
}
