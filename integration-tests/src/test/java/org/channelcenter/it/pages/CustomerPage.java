package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** A customer's own page: its record, the subscription actions, and its order history. */
public final class CustomerPage extends Page {

    /** The page as it is shown now. */
    public static CustomerPage shown(PortalPage portal) {
        return new CustomerPage(portal);
    }

    public static final String PATH = "customer/customer.xhtml";

    private CustomerPage(PortalPage portal) {
        super(portal);
    }

    public static String of(long customerId) {
        return PATH + "?customer=" + customerId;
    }

    public static CustomerPage open(PortalPage portal, long customerId) {
        return open(portal, Long.toString(customerId));
    }

    /** Opens the page with that customer parameter as typed (also a wrong one). */
    public static CustomerPage open(PortalPage portal, String customer) {
        portal.open(PATH + "?customer=" + customer);
        return new CustomerPage(portal);
    }

    /** Opens the page and waits for its scripts. */
    public static CustomerPage openReady(PortalPage portal, long customerId) {
        openAt(portal, of(customerId));
        return new CustomerPage(portal);
    }

    static CustomerPage awaitShown(PortalPage portal, long customerId) {
        portal.waiting().until(d -> d.getCurrentUrl().contains("/" + of(customerId)));
        return new CustomerPage(portal);
    }

    public String title() {
        return text(Shell.PAGE_TITLE);
    }

    public CustomerRecord record() {
        return new CustomerRecord(portal, "");
    }

    public String refusal() {
        return text("customerRefused");
    }

    public SubscriptionActions subscriptionActions() {
        return new SubscriptionActions(portal);
    }

    public OrderTable orderHistory() {
        return new OrderTable(portal, OrderTable.HISTORY);
    }
}
