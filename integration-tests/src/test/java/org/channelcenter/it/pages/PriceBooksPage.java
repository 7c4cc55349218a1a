package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Billing › Price books (providers): the book chosen by reseller id, and its rules ({@link PriceRules}). */
public final class PriceBooksPage extends Page {

    public static final String PATH = "billing/price-books.xhtml";
    private static final String MENU = "menuForm:menuPriceBooks";

    private PriceBooksPage(PortalPage portal) {
        super(portal);
    }

    public static PriceBooksPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new PriceBooksPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static PriceBooksPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new PriceBooksPage(portal);
    }

    /** Shows the reseller's book (null: the default book); waits for its title. */
    public PriceBooksPage book(Long resellerId, String expectedTitle) {
        choose("bookReseller", resellerId == null ? "" : Long.toString(resellerId));
        awaitText("bookTitle", expectedTitle);
        return this;
    }

    public String title() {
        return text("bookTitle");
    }

    public PriceRules rules() {
        return new PriceRules(portal);
    }
}
