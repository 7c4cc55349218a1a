package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;

/**
 * Billing › Invoices (providers): run a closed month's billing, the runs (rows keyed by run id) and the invoices (rows
 * keyed by invoice id) with Issue, Record payment, Void and downloads.
 */
public final class ProviderInvoicesPage extends BillingDocumentTables {

    public static final String PATH = "billing/invoices.xhtml";
    private static final String MENU = "menuForm:menuInvoices";
    static final String INVOICES = "invoicesForm:invoices";

    private ProviderInvoicesPage(PortalPage portal) {
        super(portal);
    }

    public static ProviderInvoicesPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new ProviderInvoicesPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    /** Runs the billing of the month the page offers first (the last closed one), waiting for its message. */
    public ProviderInvoicesPage runLastMonth(String expectedMessage) {
        press("runForm:run");
        waitForAjax();
        awaitText("messages", expectedMessage);
        return this;
    }

    /** Whether the runs table's first row (the latest month) offers "Issue all": only while it has drafts. */
    public boolean offersIssueAll() {
        waitForAjax();
        return !portal.driver()
                .findElements(By.cssSelector("#runsForm\\:runs_data > tr[data-record-id] [id$=':issueAll']"))
                .isEmpty();
    }

    /** The record id of the invoices table's first row, once there is one. */
    public long firstInvoice() {
        return Long.parseLong(portal.waiting()
                .until(d -> d.findElement(By.cssSelector("#invoicesForm\\:invoices_data > tr[data-record-id]")))
                .getAttribute("data-record-id"));
    }

    /** Issues the draft (its row's Issue) and waits for the message. */
    public ProviderInvoicesPage issue(long invoiceId, String expectedMessage) {
        press(idIn(row(INVOICES, Long.toString(invoiceId)), "issue"));
        waitForAjax();
        awaitText("messages", expectedMessage);
        return this;
    }

    /**
     * Records a payment of the issued invoice through its dialog: the amount it offers (what is left to pay), received
     * today; waits for the message.
     */
    public ProviderInvoicesPage payInFull(long invoiceId, String expectedMessage) {
        press(idIn(row(INVOICES, Long.toString(invoiceId)), "pay"));
        awaitVisible("paymentDialog");
        press("paymentForm:confirmPayment");
        waitForAjax();
        awaitText("messages", expectedMessage);
        return this;
    }

    public String awaitInvoiceCell(long invoiceId, String name, String expected) {
        return awaitCell(INVOICES, Long.toString(invoiceId), name, expected);
    }

    /** The invoice's first line's cell {@code name} (its Lines shown below the list), once it reads {@code expected}. */
    public String awaitFirstLine(long invoiceId, String name, String expected) {
        return awaitFirstInvoiceLine(INVOICES, invoiceId, name, expected);
    }

    public Download document(long invoiceId, String format) {
        return download("invoicesForm", idIn(row(INVOICES, Long.toString(invoiceId)), format));
    }
}
