package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Statements (a customer's global admins): the statements the customer received, without its reseller's cost. */
public final class OwnStatementsPage extends Page {

    public static final String PATH = "billing/own-statements.xhtml";
    private static final String MENU = "menuForm:menuOwnStatements";

    private OwnStatementsPage(PortalPage portal) {
        super(portal);
    }

    public static OwnStatementsPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new OwnStatementsPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static OwnStatementsPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new OwnStatementsPage(portal);
    }
}
