package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** View customers (from Indirect providers): the customers a reseller and that provider share. */
public final class SharedCustomersPage extends Page {

    public static final String PATH = "partnership/shared-customers.xhtml";

    private SharedCustomersPage(PortalPage portal) {
        super(portal);
    }

    public static String of(long partnership) {
        return PATH + "?partnership=" + partnership;
    }

    public static SharedCustomersPage open(PortalPage portal, long partnership) {
        openAt(portal, of(partnership));
        return new SharedCustomersPage(portal);
    }

    public CustomerTable table() {
        return new CustomerTable(portal);
    }

    public String body() {
        return shell().body();
    }
}
