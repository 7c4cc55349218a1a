package org.channelcenter.web.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.billing.boundary.DocumentFormat;
import org.channelcenter.billing.boundary.InvoiceDocuments;
import org.channelcenter.billing.boundary.InvoiceRow;
import org.channelcenter.billing.boundary.Invoices;
import org.channelcenter.web.i18n.LanguageSelection;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * Billing › Invoices (resellers): the invoices its providers issued to it (never their drafts), the latest first, with
 * what is paid and left to pay and the due day; each as PDF or CSV in the reader's language.
 */
@Named
@ViewScoped
public class ReceivedInvoicesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Invoices invoices;

    @EJB
    InvoiceDocuments documents;

    @Inject
    LanguageSelection language;

    private BoundaryLazyDataModel<InvoiceRow> rows;
    private ChosenInvoiceLines lines;

    /** The invoice whose lines are shown below the list, and its lines. */
    public ChosenInvoiceLines getInvoiceLines() {
        if (lines == null) {
            lines = new ChosenInvoiceLines((invoice, request) -> invoices.lines(invoice, request));
        }
        return lines;
    }

    public BoundaryLazyDataModel<InvoiceRow> getInvoices() {
        if (rows == null) {
            rows = new BoundaryLazyDataModel<>(
                    ignored -> invoices.count(null),
                    request -> invoices.find(null, request),
                    row -> Long.toString(row.id()));
        }
        return rows;
    }

    public StreamedContent pdf(InvoiceRow invoice) {
        return Downloads.of(documents.invoiceDocument(invoice.id(), DocumentFormat.PDF, language.getLocale()));
    }

    public StreamedContent csv(InvoiceRow invoice) {
        return Downloads.of(documents.invoiceDocument(invoice.id(), DocumentFormat.CSV, language.getLocale()));
    }
}
