package org.channelcenter.it.pages;

import java.nio.file.Path;
import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** Staff › Registry: partner-network accounts and their profiles (rows found by network ID), and CSV import. */
public final class RegistryPage extends Page {

    public static final String PATH = "staff/registry.xhtml";
    private static final String MENU = "menuForm:menuRegistry";
    private static final String TABLE = "registryForm:profiles";
    private static final String F = "profileForm:";

    private RegistryPage(PortalPage portal) {
        super(portal);
    }

    public static RegistryPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new RegistryPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static RegistryPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new RegistryPage(portal);
    }

    public boolean hasProfiles() {
        return present(TABLE);
    }

    public RegistryPage newAccount() {
        press("registryForm:newAccount");
        return this;
    }

    public RegistryPage userName(String userName) {
        type(F + "userName", userName);
        return this;
    }

    public RegistryPage password(String password) {
        type(F + "password", password);
        return this;
    }

    public RegistryPage networkId(String networkId) {
        type(F + "networkId", networkId);
        return this;
    }

    public RegistryPage legalName(String legalName) {
        type(F + "legalName", legalName);
        return this;
    }

    public RegistryPage country(String name) {
        press(F + "countryCode");
        visible(F + "countryCode_panel");
        // Typed into the menu's filter first: the long list scrolls inside the panel, out of a click's reach.
        visible(F + "countryCode_filter").sendKeys(name);
        portal.waiting()
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='" + F + "countryCode_items'] li[data-label='" + name + "']")))
                .click();
        awaitInvisible(F + "countryCode_panel");
        return this;
    }

    public void saveAndAwaitClosed() {
        press(F + "save");
        awaitInvisible("profileDialog");
    }

    /** Saves, and answers the field's message once it shows one. */
    public String saveRefusedAt(String field) {
        press(F + "save");
        return awaitAnyText(F + field + "Message");
    }

    public void cancel() {
        press(F + "cancel");
        awaitInvisible("profileDialog");
    }

    /** Filters the list down to what matches {@code text} and answers the table's text once it shows {@code expected}. */
    public String listFilteredBy(String text, String expected) {
        WebElement filter = visible(TABLE + ":globalFilter");
        if (!text.equals(filter.getDomProperty("value"))) {
            filter.clear();
            filter.sendKeys(text);
        }
        awaitText(TABLE, expected);
        return textNow(TABLE);
    }

    private WebElement row(String networkId) {
        return driver.findElement(rowWhere(TABLE, "networkId", networkId));
    }

    /** Clicks a button in the row of that profile, once the table (which ajax may re-render) holds still. */
    private void clickInRow(String networkId, String button) {
        portal.waiting().until(d -> {
            try {
                buttonsIn(row(networkId), button).get(0).click();
                return true;
            } catch (StaleElementReferenceException | NoSuchElementException | IndexOutOfBoundsException e) {
                return false; // re-rendered under us: try again
            }
        });
    }

    /** Edit, in the row of that profile: waits until the dialog holds it. */
    public RegistryPage edit(String networkId) {
        clickInRow(networkId, "edit");
        portal.waiting()
                .until(d ->
                        networkId.equals(d.findElement(By.id(F + "networkId")).getDomProperty("value")));
        return this;
    }

    /** Deactivate, answered Yes in the confirmation. */
    public void deactivate(String networkId) {
        askDeactivate(networkId);
        press("registryForm:confirmYes");
        awaitInvisible("registryForm:confirmDeactivate");
    }

    /** Deactivate, in the row of that profile: the confirmation's question (it asks first, issue 16). */
    public String askDeactivate(String networkId) {
        clickInRow(networkId, "deactivate");
        awaitVisible("registryForm:confirmYes");
        return text("registryForm:confirmDeactivate");
    }

    /** No, in the open confirmation. */
    public void answerNo() {
        press("registryForm:confirmNo");
        awaitInvisible("registryForm:confirmDeactivate");
    }

    public void awaitStatus(String networkId, String status) {
        portal.waiting().until(d -> status.equals(textNow(idIn(row(networkId), "status"))));
    }

    public boolean offersDeactivate(String networkId) {
        return !buttonsIn(row(networkId), "deactivate").isEmpty();
    }

    /** Uploads a CSV file, and answers the import's summary once it is shown. */
    public String importCsv(Path csv) {
        driver.findElement(By.cssSelector("#importForm input[type='file']")).sendKeys(csv.toString());
        press("importForm:upload");
        return portal.waiting().until(d -> {
            var found = d.findElements(By.id("importForm:summary"));
            return found.isEmpty() || !found.get(0).isDisplayed()
                    ? null
                    : found.get(0).getText();
        });
    }

    public String firstImportErrorRow() {
        return visible("importForm:importErrors:0:row").getText();
    }

    public String firstImportErrorReason() {
        return textNow("importForm:importErrors:0:reason");
    }
}
