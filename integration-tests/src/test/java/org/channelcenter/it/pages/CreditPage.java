package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;

/**
 * Billing › Credit (resellers): its credit with each provider (rows keyed by provider id; cells limit, terms,
 * balance, balanceParts, available, onHold or goodStanding, holdSince, overdueInvoice) and the what-if form.
 */
public final class CreditPage extends Page {

    public static final String PATH = "billing/credit.xhtml";
    private static final String MENU = "menuForm:menuCredit";
    private static final String PROVIDERS = "providersForm:providers";

    private CreditPage(PortalPage portal) {
        super(portal);
    }

    public static CreditPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new CreditPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static CreditPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new CreditPage(portal);
    }

    /** The text of the provider's row cell {@code name} (all of them joined by " | " when the cell repeats). */
    public String cell(long providerId, String name) {
        By cell = By.cssSelector("#" + PROVIDERS.replace(":", "\\:") + "_data > tr[data-record-id='" + providerId
                + "'] [id$=':" + name + "']");
        portal.waiting().until(d -> !d.findElements(cell).isEmpty());
        return String.join(
                " | ",
                driver.findElements(cell).stream()
                        .map(found -> PricesPage.spaced(found.getText()))
                        .toList());
    }

    /** Fills the what-if form and checks it; waits for the result. */
    public CreditPage whatIf(long providerId, long offerId, int quantity) {
        choose("whatIfProvider", Long.toString(providerId));
        choose("whatIfOffer", Long.toString(offerId));
        type("whatIfForm:quantity", Integer.toString(quantity));
        press("whatIfForm:check");
        awaitVisible("whatIfForm:verdict");
        return this;
    }

    public String whatIfCharge() {
        return PricesPage.spaced(text("whatIfForm:charge"));
    }

    public String whatIfVerdict() {
        return PricesPage.spaced(text("whatIfForm:verdict"));
    }
}
