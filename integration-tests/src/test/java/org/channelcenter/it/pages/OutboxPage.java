package org.channelcenter.it.pages;

import java.time.Duration;
import java.util.List;
import org.channelcenter.it.support.Pause;
import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Staff › Outbox: the mail the platform queued, a test mail, and a mail's text in its opened row. */
public final class OutboxPage extends Page {

    public static final String PATH = "staff/outbox.xhtml";
    private static final String MENU = "menuForm:menuOutbox";
    private static final String TABLE = "outboxForm:mails";
    private static final String MESSAGES = "outboxForm:messages";

    private OutboxPage(PortalPage portal) {
        super(portal);
    }

    public static OutboxPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new OutboxPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static OutboxPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new OutboxPage(portal);
    }

    public boolean hasMails() {
        return present(TABLE);
    }

    /** Sends a test mail to that address. */
    public void sendTestMail(String recipient) {
        driver.findElement(By.id("testMailForm:recipient")).sendKeys(recipient);
        driver.findElement(By.id("testMailForm:send")).click();
    }

    public void awaitMessages(String text) {
        awaitText(MESSAGES, text);
    }

    public String messages() {
        return textNow(MESSAGES);
    }

    /** The recipient field's message, once it shows one. */
    public String recipientMessage() {
        awaitAnyText("testMailForm:recipientMessage");
        return text("testMailForm:recipientMessage");
    }

    private static List<WebElement> dataRows(WebDriver driver) {
        return driver.findElements(By.cssSelector("[id='" + TABLE + "_data'] > tr[data-ri]"));
    }

    public int rows() {
        return dataRows(driver).size();
    }

    public String rowsText() {
        return textNow(TABLE + "_data");
    }

    private WebElement rowOf(String recipient) {
        return driver.findElement(rowWhere(TABLE, "recipient", recipient));
    }

    public String statusOf(String recipient) {
        return textNow(idIn(rowOf(recipient), "status"));
    }

    /** When the mail to that recipient was queued, as its row shows it. */
    public String queuedAtOf(String recipient) {
        return textNow(idIn(rowOf(recipient), "createdAt"));
    }

    public String attemptsOf(String recipient) {
        return textNow(idIn(rowOf(recipient), "attempts"));
    }

    /** Opens that mail's row and answers the mail's text shown in it. */
    public String open(String recipient) {
        rowOf(recipient).findElement(By.cssSelector(".ui-row-toggler")).click();
        waitForAjax();
        try {
            return portal.waiting()
                    .until(d -> d.findElement(
                            By.cssSelector("[id='" + TABLE + "_data'] > tr.ui-expanded-row-content .cc-mail-body")))
                    .getText();
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "no mail text; table: " + driver.findElement(By.id(TABLE)).getAttribute("outerHTML"), e);
        }
    }

    /** Types into the table's search box and waits until every row shown matches it. */
    public void showOnlyRowsWith(String text) {
        driver.findElement(By.id(TABLE + ":globalFilter")).sendKeys(text);
        portal.waiting().until(d -> {
            List<WebElement> rows = dataRows(d);
            return !rows.isEmpty()
                    && rows.stream().allMatch(row -> row.getText().contains(text));
        });
    }

    /**
     * Picks a status in the filter menu through its PrimeFaces widget and fires the change a click on an item
     * fires (the widget's selectValue alone is silent), then waits until the table has been filtered.
     */
    public void chooseStatus(String status) {
        waitForAjax();
        ((JavascriptExecutor) driver)
                .executeScript(
                        "PF('outboxStatus').selectValue(arguments[0]);"
                                + "document.getElementById(arguments[1]).dispatchEvent(new Event('change'));",
                        status,
                        TABLE + ":statusFilter_input");
        Pause.of(Duration.ofMillis(500)); // the change starts two requests, the second from the first's completion
        waitForAjax();
    }

    /** The table shows what the database held when it loaded: refresh until delivery has been recorded. */
    public void refreshUntilSent() {
        refreshUntilShown("Sent");
    }

    /** Refreshes the table until it shows the text (e.g. a status in the reader's language). */
    public void refreshUntilShown(String text) {
        portal.waiting().until(d -> {
            waitForAjax();
            if (d.findElement(By.id(TABLE + "_data")).getText().contains(text)) {
                return true;
            }
            d.findElement(By.id(TABLE + ":refresh")).click();
            return false;
        });
        waitForAjax();
    }
}
