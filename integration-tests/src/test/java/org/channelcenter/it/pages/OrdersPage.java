package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Orders: an organization's orders across its customers. */
public final class OrdersPage extends Page {

    /** The page as it is shown now. */
    public static OrdersPage shown(PortalPage portal) {
        return new OrdersPage(portal);
    }

    public static final String PATH = "commerce/orders.xhtml";

    private OrdersPage(PortalPage portal) {
        super(portal);
    }

    public static OrdersPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, "menuForm:menuOrders", PATH);
        return new OrdersPage(portal);
    }

    public static OrdersPage open(PortalPage portal) {
        openAt(portal, PATH);
        return new OrdersPage(portal);
    }

    public OrderTable orders() {
        return new OrderTable(portal, OrderTable.ORDERS);
    }

    /** Narrows the orders to the customers whose name holds that text. */
    public void searchCustomer(String text) {
        type("ordersForm:customerSearch", text);
    }

    /** Waits until the only order listed is that customer's. */
    public void awaitOnlyCustomer(String name) {
        portal.waiting().until(d -> orders().rows() == 1 && name.equals(orders().customerNow(0)));
    }

    /** That customer's page, after its name in a row was pressed. */
    public CustomerPage awaitCustomerPage(long customerId) {
        return CustomerPage.awaitShown(portal, customerId);
    }
}
