package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Staff › Offer catalog: offers found by name, the offer dialog with its field messages. */
public final class OffersPage extends Page {

    public static final String PATH = "staff/offers.xhtml";
    private static final String MENU = "menuForm:menuOffers";
    private static final String TABLE = "offersForm:offers";
    private static final String F = "offerForm:";

    private OffersPage(PortalPage portal) {
        super(portal);
    }

    public static OffersPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new OffersPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static OffersPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new OffersPage(portal);
    }

    public boolean hasOffers() {
        return present(TABLE);
    }

    /** New offer: waits for the dialog. */
    public OffersPage newOffer() {
        press("offersForm:newOffer");
        awaitVisible(F + "name");
        return this;
    }

    public OffersPage name(String name) {
        type(F + "name", name);
        return this;
    }

    public OffersPage description(String description) {
        type(F + "description", description);
        return this;
    }

    public OffersPage unitPrice(String price) {
        type(F + "unitPrice", price);
        return this;
    }

    public OffersPage currency(String currency) {
        type(F + "currency", currency);
        return this;
    }

    public OffersPage minQuantity(String quantity) {
        type(F + "minQuantity", quantity);
        return this;
    }

    public OffersPage maxQuantity(String quantity) {
        type(F + "maxQuantity", quantity);
        return this;
    }

    /** Picks the billing cycle ({@code MONTHLY}, {@code ANNUAL}). */
    public OffersPage billingCycle(String cycle) {
        pickOption(F + "billingCycle", cycle);
        return this;
    }

    public void save() {
        press(F + "saveOffer");
    }

    public void awaitDialogClosed() {
        awaitInvisible("offerDialog");
    }

    public void cancel() {
        press(F + "cancel");
        awaitDialogClosed();
    }

    /**
     * The field's message once it reads {@code expected} (the previous answer's message stays on screen until the
     * next one arrives, so the first non-blank text may be the old one), or what it reads when it never does.
     */
    public String fieldMessage(String field, String expected) {
        String id = F + field + "Message";
        try {
            awaitExactText(id, expected);
        } catch (org.openqa.selenium.TimeoutException e) {
            return textNow(id);
        }
        return expected;
    }

    /** Types into the search box; each key filters the table, and this waits until the last filtering is done. */
    public void search(String text) {
        typeMore(TABLE + ":globalFilter", text);
        portal.waiting()
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Waits until the offers table shows that text, and answers the table's text. */
    public String awaitOffers(String expected) {
        awaitText(TABLE, expected);
        return textNow(TABLE);
    }

    public String awaitMessages(String expected) {
        awaitText("offersForm:messages", expected);
        return textNow("offersForm:messages");
    }

    private WebElement row(String name) {
        return driver.findElement(rowWhere(TABLE, "name", name));
    }

    /** Edit, in that offer's row: waits until the dialog holds the offer. */
    public OffersPage edit(String name) {
        press(idIn(row(name), "edit"));
        portal.waiting().until(d -> name.equals(d.findElement(By.id(F + "name")).getDomProperty("value")));
        return this;
    }

    /** Deactivate, answered Yes in the confirmation. */
    public void deactivate(String name) {
        askDeactivate(name);
        press("offersForm:confirmYes");
        awaitInvisible("offersForm:confirmDeactivate");
    }

    /** Deactivate, in that offer's row: the confirmation's question (it asks first, issue 16). */
    public String askDeactivate(String name) {
        press(idIn(row(name), "deactivate"));
        awaitVisible("offersForm:confirmYes");
        return text("offersForm:confirmDeactivate");
    }

    public boolean offersDeactivate(String name) {
        return !buttonsIn(row(name), "deactivate").isEmpty();
    }

    /** No, in the open confirmation. */
    public void answerNo() {
        press("offersForm:confirmNo");
        awaitInvisible("offersForm:confirmDeactivate");
    }

    public void toggleInactive() {
        tick("offersForm:showInactive");
    }
}
