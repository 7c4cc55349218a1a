package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Billing › Credit (providers): its resellers' credit (rows keyed by reseller id; cells limit, terms, balance,
 * available, onHold or goodStanding) and the dialog that sets one reseller's limit and terms.
 */
public final class CreditLimitsPage extends Page {

    public static final String PATH = "billing/credit-limits.xhtml";
    private static final String MENU = "menuForm:menuCreditLimits";
    private static final String RESELLERS = "resellersForm:resellers";
    private static final String FORM = "creditForm:";

    private CreditLimitsPage(PortalPage portal) {
        super(portal);
    }

    public static CreditLimitsPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new CreditLimitsPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static CreditLimitsPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new CreditLimitsPage(portal);
    }

    /** Opens the reseller's credit dialog, sets currency, limit and terms, saves, and waits for the dialog to close. */
    public CreditLimitsPage setCredit(long resellerId, String currency, String limit, int terms) {
        WebElement row = portal.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                        "#" + RESELLERS.replace(":", "\\:") + "_data > tr[data-record-id='" + resellerId + "']")));
        press(idIn(row, "edit"));
        awaitVisible(FORM + "limit");
        type(FORM + "currency", currency);
        type(FORM + "limit", limit);
        type(FORM + "terms", Integer.toString(terms));
        press(FORM + "saveCredit");
        awaitInvisible(FORM + "limit");
        return this;
    }

    /** The reseller's row cell {@code name}, once it reads {@code expected} (or what it reads after waiting). */
    public String awaitCell(long resellerId, String name, String expected) {
        By cell = By.cssSelector("#" + RESELLERS.replace(":", "\\:") + "_data > tr[data-record-id='" + resellerId
                + "'] [id$=':" + name + "']");
        try {
            portal.waiting().until(d -> d.findElements(cell).stream()
                    .anyMatch(found -> expected.equals(PricesPage.spaced(found.getText()))));
            return expected;
        } catch (org.openqa.selenium.TimeoutException e) {
            return driver.findElements(cell).stream()
                    .map(found -> PricesPage.spaced(found.getText()))
                    .findFirst()
                    .orElse("(no row)");
        }
    }
}
