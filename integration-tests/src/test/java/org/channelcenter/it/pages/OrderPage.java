package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Place order, for a customer: lines of an offer and a quantity, the reseller of record. */
public final class OrderPage extends Page {

    public static final String PATH = "commerce/order.xhtml";
    static final String PLACE_ORDER = "orderForm:placeOrder";
    private static final String LINES = "orderForm:lines:";

    OrderPage(PortalPage portal) {
        super(portal);
    }

    public static String of(long customerId) {
        return PATH + "?customer=" + customerId;
    }

    public static OrderPage open(PortalPage portal, long customerId) {
        openAt(portal, of(customerId));
        return new OrderPage(portal);
    }

    /** Chooses the offer of a line (lines are the form's own, counted from 0). */
    public OrderPage offer(int line, long offer) {
        portal.select("orderOffer" + line, Long.toString(offer));
        return this;
    }

    public OrderPage quantity(int line, String quantity) {
        type(LINES + line + ":quantity", quantity);
        return this;
    }

    public void place() {
        press(PLACE_ORDER);
    }

    public void awaitOfferMessage(int line, String text) {
        awaitText(LINES + line + ":offerMessage", text);
    }

    public void addLine() {
        press("orderForm:addLine");
    }

    public void awaitLine(int line) {
        awaitPresent(LINES + line + ":quantity");
    }

    public void removeLine(int line) {
        press(LINES + line + ":removeLine");
    }

    public void awaitNoLine(int line) {
        awaitAbsent(LINES + line + ":quantity");
    }

    /** Chooses a line's offer as a person's pick does (its change event fires). */
    public OrderPage pick(int line, long offer) {
        choose("orderOffer" + line, Long.toString(offer));
        return this;
    }

    /** Types a line's quantity and leaves the field (its change event fires). */
    public OrderPage quantityAndLeave(int line, String quantity) {
        // as a person does it: select what is there, type over it, leave (a clear() would fire a change of its own)
        visible(LINES + line + ":quantity").sendKeys(Keys.chord(Keys.CONTROL, "a"), quantity, Keys.TAB);
        return this;
    }

    public void awaitQuantityMessage(int line, String text) {
        awaitText(LINES + line + ":quantityMessage", text);
    }

    public void awaitNoOfferMessage(int line) {
        portal.waiting().until(d -> d.findElement(By.id(LINES + line + ":offerMessage"))
                .getText()
                .isBlank());
    }

    public void awaitNoQuantityMessage(int line) {
        portal.waiting().until(d -> d.findElement(By.id(LINES + line + ":quantityMessage"))
                .getText()
                .isBlank());
    }

    /** Whom the order is for, as the top of the page names it. */
    public String customer() {
        return text("orderCustomer");
    }

    /**
     * Opens a line's offer chooser and answers the option of that offer (by its id), as it is shown; fails when
     * the option's text does not fit its box.
     */
    public WebElement openOfferOption(int line, long offer) {
        press(LINES + line + ":offer");
        WebElement option = portal.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".cc-offer-option[data-offer-id='" + offer + "']")));
        return option;
    }

    public void closeOfferChooser(int line) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("PF(arguments[0]).hide();", "orderOffer" + line);
    }

    public void awaitMessage(String text) {
        awaitText("orderForm:messages", text);
    }
}
