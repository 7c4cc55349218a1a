package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Billing › Margins (resellers): revenue, cost and margin per month, customer, offer and currency over a range of months; the report as PDF or CSV. */
public final class MarginsPage extends BillingDocumentTables {

    public static final String PATH = "billing/margins.xhtml";
    private static final String MENU = "menuForm:menuMargins";

    private MarginsPage(PortalPage portal) {
        super(portal);
    }

    public static MarginsPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new MarginsPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static MarginsPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new MarginsPage(portal);
    }

    static final String TABLE = "marginsForm:margins";

    /** The row (key {@code month-customer-offer-currency})'s cell once it reads {@code expected}. */
    public String awaitMarginCell(String key, String name, String expected) {
        return awaitCell(TABLE, key, name, expected);
    }

    /** The report as the PDF or CSV button downloads it. */
    public Download report(String format) {
        return download("marginsForm", "marginsForm:" + format);
    }
}
