package org.channelcenter.it.pages;

import java.util.Base64;
import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the billing document pages share (Statements, Margins, a customer's Statements): a table's cell by the row's
 * record id, and a download button's file, fetched as the button's form would post it.
 */
public abstract class BillingDocumentTables extends Page {

    protected BillingDocumentTables(PortalPage portal) {
        super(portal);
    }

    /** The row's cell {@code name} once it reads {@code expected}, else what it reads ("(no row)" when none). */
    protected String awaitCell(String table, String recordId, String name, String expected) {
        By cell = cell(table, recordId, name);
        try {
            portal.waiting().until(d -> d.findElements(cell).stream()
                    .anyMatch(found -> expected.equals(PricesPage.spaced(found.getText()))));
        } catch (TimeoutException e) {
            return driver.findElements(cell).stream()
                    .map(found -> PricesPage.spaced(found.getText()))
                    .findFirst()
                    .orElse("(no row)");
        }
        return expected;
    }

    /**
     * Shows the invoice's lines (its row's Lines, in the table {@code invoices}) and answers the first line's cell
     * {@code name} once it reads {@code expected}, else what it reads.
     */
    protected String awaitFirstInvoiceLine(String invoices, long invoiceId, String name, String expected) {
        String button = idIn(row(invoices, Long.toString(invoiceId)), "showLines");
        press(button);
        waitForAjax();
        String line = portal.waiting()
                .until(d -> d.findElement(By.cssSelector("#invoiceLinesForm\\:lines_data > tr[data-record-id]")))
                .getAttribute("data-record-id");
        String cell = awaitCell("invoiceLinesForm:lines", line, name, expected);
        // the button is usable again once its request is over (it is disabled, with a spinner, while it runs)
        portal.waiting().until(d -> d.findElement(By.id(button)).isEnabled());
        return cell;
    }

    /** Whether the row shows a cell {@code name} at all. */
    protected boolean hasCell(String table, String recordId, String name) {
        return !driver.findElements(cell(table, recordId, name)).isEmpty();
    }

    protected WebElement row(String table, String recordId) {
        return portal.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                        "#" + table.replace(":", "\\:") + "_data > tr[data-record-id='" + recordId + "']")));
    }

    /**
     * The file the button downloads: its form posted with the button as submitter, as the browser would, read as
     * bytes. The content type first: "type\nbase64".
     */
    protected Download download(String formId, String buttonId) {
        String answer = (String) ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        """
                var done = arguments[arguments.length - 1];
                var form = document.getElementById(arguments[0]);
                var button = document.getElementById(arguments[1]);
                fetch(form.action, {method: 'POST', credentials: 'same-origin',
                        body: new URLSearchParams(new FormData(form, button))})
                    .then(r => r.arrayBuffer().then(b => {
                        var bytes = new Uint8Array(b), text = '';
                        for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
                        done((r.headers.get('content-type') || '') + '\\n'
                            + (r.headers.get('content-disposition') || '') + '\\n' + btoa(text));
                    }))
                    .catch(e => done('failed\\n\\n' + e));""",
                        formId,
                        buttonId);
        String[] parts = answer.split("\n", 3);
        return new Download(parts[0], parts[1], Base64.getDecoder().decode(parts[2].strip()));
    }

    private static By cell(String table, String recordId, String name) {
        return By.cssSelector("#" + table.replace(":", "\\:") + "_data > tr[data-record-id='" + recordId + "'] [id$=':"
                + name + "']");
    }

    /** A downloaded file: its content type, its Content-Disposition and its bytes. */
    public record Download(String contentType, String disposition, byte[] content) {}
}
