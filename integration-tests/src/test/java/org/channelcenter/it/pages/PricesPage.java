package org.channelcenter.it.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Billing › Prices (resellers): cost, default customer price and margin per provider and offer (rows keyed
 * {@code providerId-offerId}); the customers (rows keyed by customer id); the shown prices' rules
 * ({@link PriceRules}).
 */
public final class PricesPage extends Page {

    public static final String PATH = "billing/prices.xhtml";
    private static final String MENU = "menuForm:menuPrices";
    private static final String OFFERS = "offerPricesForm:offerPrices";
    private static final String CUSTOMERS = "customersForm:customers";

    private PricesPage(PortalPage portal) {
        super(portal);
    }

    public static PricesPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new PricesPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static PricesPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new PricesPage(portal);
    }

    /** Filters the offers by name, waiting until the filtering is done. */
    public PricesPage searchOffers(String text) {
        typeMore(OFFERS + ":globalFilter", text);
        waitForAjax();
        return this;
    }

    /** The offer's row from that provider, once its cell {@code name} (cost, customerPrice, margin) reads {@code expected}. */
    public String awaitOfferCell(long providerId, long offerId, String name, String expected) {
        By cell = By.cssSelector("#" + OFFERS.replace(":", "\\:") + "_data > tr[data-record-id='" + providerId + "-"
                + offerId + "'] [id$=':" + name + "']");
        try {
            portal.waiting().until(d -> d.findElements(cell).stream()
                    .anyMatch(found -> expected.equals(spaced(found.getText()))));
        } catch (org.openqa.selenium.TimeoutException e) {
            return driver.findElements(cell).stream()
                    .map(found -> spaced(found.getText()))
                    .findFirst()
                    .orElse("(no row)");
        }
        return expected;
    }

    /** US dollars as a page in that language shows them (two decimals), {@link #spaced} for comparing. */
    public static String dollars(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("USD"));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return spaced(format.format(amount));
    }

    public static String dollars(String amount, Locale locale) {
        return dollars(new BigDecimal(amount), locale);
    }

    /** Money as a test compares it: the no-break spaces of some languages' formats as plain spaces. */
    public static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }

    /** Filters the customers by name, waiting until the filtering is done. */
    public PricesPage searchCustomers(String text) {
        typeMore(CUSTOMERS + ":globalFilter", text);
        waitForAjax();
        return this;
    }

    /** Shows the customer's prices (its row's Set prices), waiting for the heading. */
    public PricesPage customer(long customerId, String expectedTitle) {
        WebElement row = portal.waiting()
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                        "#" + CUSTOMERS.replace(":", "\\:") + "_data > tr[data-record-id='" + customerId + "']")));
        press(idIn(row, "choose"));
        awaitText("bookTitle", expectedTitle);
        return this;
    }

    public PricesPage defaultPrices(String expectedTitle) {
        press("defaultForm:chooseDefault");
        awaitText("bookTitle", expectedTitle);
        return this;
    }

    public PriceRules rules() {
        return new PriceRules(portal);
    }
}
