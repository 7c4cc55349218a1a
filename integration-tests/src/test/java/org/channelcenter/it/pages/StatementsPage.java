package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Billing › Statements (resellers): its customers' statements with total, cost and margin (rows keyed by statement id), a statement's lines, PDF and CSV downloads. */
public final class StatementsPage extends Page {

    public static final String PATH = "billing/statements.xhtml";
    private static final String MENU = "menuForm:menuStatements";

    private StatementsPage(PortalPage portal) {
        super(portal);
    }

    public static StatementsPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new StatementsPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static StatementsPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new StatementsPage(portal);
    }
}
