package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Customers: the organization's customers, and (for resellers) Request a reseller relationship. */
public final class CustomersPage extends Page {

    public static final String PATH = "customer/customers.xhtml";
    private static final String MENU = "menuForm:menuCustomers";

    private CustomersPage(PortalPage portal) {
        super(portal);
    }

    public static CustomersPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new CustomersPage(portal);
    }

    /** Presses the menu entry and waits until the first customer is listed. */
    public static CustomersPage fromMenuWithACustomer(PortalPage portal) {
        PortalPage.press(portal.driver(), MENU);
        CustomersPage page = new CustomersPage(portal);
        page.table().awaitFirstRow();
        return page;
    }

    public static CustomersPage open(PortalPage portal) {
        openAt(portal, PATH);
        return new CustomersPage(portal);
    }

    /** Opens the page without waiting for its scripts. */
    public static CustomersPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new CustomersPage(portal);
    }

    public CustomerTable table() {
        return new CustomerTable(portal);
    }

    public boolean offersRequestRelationship() {
        return present("requestRelationship");
    }

    public InviteCustomersPage requestRelationship() {
        portal.click("requestRelationship", InvitationRequestPage.recipientField());
        return InviteCustomersPage.shown(portal);
    }
}
