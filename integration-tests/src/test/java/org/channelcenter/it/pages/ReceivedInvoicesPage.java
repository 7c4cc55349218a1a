package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Billing › Invoices (resellers): the invoices its providers issued to it (rows keyed by invoice id), downloads. */
public final class ReceivedInvoicesPage extends BillingDocumentTables {

    public static final String PATH = "billing/received-invoices.xhtml";
    private static final String MENU = "menuForm:menuReceivedInvoices";
    static final String INVOICES = "invoicesForm:invoices";

    private ReceivedInvoicesPage(PortalPage portal) {
        super(portal);
    }

    public static ReceivedInvoicesPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new ReceivedInvoicesPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
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
