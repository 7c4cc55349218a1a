package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Partners, a customer's global admin's page: its resellers and providers, found by their domain. */
public final class CustomerPartnersPage extends Page {

    /** The page as it is shown now. */
    public static CustomerPartnersPage shown(PortalPage portal) {
        return new CustomerPartnersPage(portal);
    }

    public static final String PATH = "customer/partners.xhtml";
    private static final String TABLE = "partnersForm:partners";
    private static final String MENU = "menuForm:menuPartners";

    private CustomerPartnersPage(PortalPage portal) {
        super(portal);
    }

    public static CustomerPartnersPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new CustomerPartnersPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static CustomerPartnersPage open(PortalPage portal) {
        portal.open(PATH);
        return new CustomerPartnersPage(portal);
    }

    public boolean hasTable() {
        return present(TABLE);
    }

    private static By rowOf(String domain) {
        return rowWith(TABLE, "cc-partner-domain", domain);
    }

    private static WebElement row(WebDriver driver, String domain) {
        return driver.findElement(rowOf(domain));
    }

    public String rowText(String domain) {
        return row(driver, domain).getText();
    }

    public String resellerOf(String domain) {
        return row(driver, domain).findElement(By.className("cc-reseller-name")).getText();
    }

    public String statusOf(String domain) {
        return row(driver, domain)
                .findElement(By.className("cc-relationship-status"))
                .getText();
    }

    /** Whether any row shows a relationship status (the table has a partner). */
    public boolean showsAStatus() {
        return !driver.findElements(By.cssSelector("[id='" + TABLE + "_data'] .cc-relationship-status"))
                .isEmpty();
    }

    public boolean canRemove(String domain) {
        return !buttonsIn(row(driver, domain), "remove").isEmpty();
    }

    private static long partnerRows(WebDriver driver) {
        return driver.findElements(By.cssSelector("[id='" + TABLE + "_data'] > tr .cc-partner-domain"))
                .size();
    }

    public void search(String text) {
        type("partnersForm:search", text);
    }

    /** Waits until the table lists that many partners, with (or without) the one of that domain. */
    public void awaitRows(long rows, String domain, boolean listed) {
        portal.waiting()
                .until(d ->
                        partnerRows(d) == rows && d.findElements(rowOf(domain)).isEmpty() != listed);
    }

    public void awaitRows(long rows) {
        portal.waiting().until(d -> partnerRows(d) == rows);
    }

    /** Remove, for the partner of that domain: the dialog asks first. */
    public String remove(String domain) {
        buttonsIn(row(driver, domain), "remove").get(0).click();
        awaitVisible("removeForm:confirmRemove");
        return text("removeQuestion");
    }

    /** Cancel, in the open Remove dialog: nothing is removed. */
    public void cancelRemove() {
        press("removeForm:cancelRemove");
        awaitInvisible("removeDialog");
    }

    public void confirmRemove() {
        press("removeForm:confirmRemove");
    }

    public void awaitRowText(String domain, String text) {
        portal.waiting().until(d -> row(d, domain).getText().contains(text));
    }

    public void toggleRemoved() {
        tick("partnersForm:showRemoved");
    }
}
