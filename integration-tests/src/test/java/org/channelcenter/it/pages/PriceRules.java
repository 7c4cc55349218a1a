package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;

/**
 * The book of dated price rules that Billing › Price books and Billing › Prices share: its rules in effect, the
 * form that adds a rule (offer, kind, value, day) with its field messages, its history. Options carry the offer's
 * id, rows the rule's id.
 */
public class PriceRules extends Page {

    private static final String F = "ruleForm:";

    PriceRules(PortalPage portal) {
        super(portal);
    }

    /** Every offer: {@code null}; else the offer's id. */
    public PriceRules offer(Long offerId) {
        choose("ruleOffer", offerId == null ? "" : Long.toString(offerId));
        waitForAjax();
        return this;
    }

    /** {@code PERCENTAGE} or {@code FIXED_PRICE}: the value field changes with it. */
    public PriceRules kind(String kind) {
        pickOption(F + "kind", kind);
        waitForAjax();
        awaitVisible(F + ("FIXED_PRICE".equals(kind) ? "fixedPrice" : "percentage"));
        return this;
    }

    public PriceRules percentage(String percentage) {
        type(F + "percentage", percentage);
        return this;
    }

    public PriceRules fixedPrice(String price) {
        type(F + "fixedPrice", price);
        return this;
    }

    /** The day it takes effect, typed as yyyy-mm-dd. */
    public PriceRules effectiveFrom(String day) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "document.getElementById(arguments[0]).value = arguments[1];", F + "effectiveFrom_input", day);
        return this;
    }

    public void add() {
        press(F + "addRule");
        waitForAjax();
    }

    /** The field's message once it reads {@code expected}, or what it reads when it never does. */
    public String fieldMessage(String field, String expected) {
        String id = F + field + "Message";
        try {
            awaitExactText(id, expected);
        } catch (org.openqa.selenium.TimeoutException e) {
            return textNow(id);
        }
        return expected;
    }

    /** The form's messages at the top (a rule added). */
    public String awaitMessage(String expected) {
        awaitText(F + "messages", expected);
        return textNow(F + "messages");
    }

    /** The rules in effect, once they show that text (no-break spaces read as spaces). */
    public String awaitInEffect(String expected) {
        portal.waiting().until(d -> PricesPage.spaced(
                        d.findElement(By.id("rulesInEffect")).getText())
                .contains(expected));
        return PricesPage.spaced(textNow("rulesInEffect"));
    }

    /** The history, once it shows that text. */
    public String awaitHistory(String expected) {
        awaitText("historyForm:history", expected);
        return textNow("historyForm:history");
    }

    public int historyRows() {
        return rows("historyForm:history");
    }

    /** The rules in effect's row of that rule id, as text. */
    public String inEffectRow(long ruleId) {
        return driver.findElement(By.cssSelector("#rulesInEffect_data > tr[data-record-id='" + ruleId + "']"))
                .getText();
    }
}
