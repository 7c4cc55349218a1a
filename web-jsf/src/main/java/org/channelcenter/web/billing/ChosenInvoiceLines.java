package org.channelcenter.web.billing;

import java.io.Serializable;
import java.util.List;
import org.channelcenter.billing.boundary.InvoiceLineRow;
import org.channelcenter.billing.boundary.InvoiceRow;
import org.channelcenter.billing.boundary.Invoices;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;

/**
 * The lines of the invoice chosen in a list of invoices (a provider's Billing › Invoices, a reseller's received
 * invoices), a page at a time. Whether the caller may read them is {@link Invoices}' decision; the count is the
 * invoice's own, so no second query counts them.
 */
public class ChosenInvoiceLines implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A page of an invoice's lines: {@link Invoices#lines}, called through the view bean that holds the EJB. */
    interface Loader extends Serializable {
        List<InvoiceLineRow> lines(long invoiceId, PageRequest request);
    }

    private final Loader loader;
    private InvoiceRow chosen;
    private BoundaryLazyDataModel<InvoiceLineRow> lines;

    ChosenInvoiceLines(Loader loader) {
        this.loader = loader;
    }

    public void choose(InvoiceRow invoice) {
        chosen = invoice;
        lines = null;
    }

    public InvoiceRow getChosen() {
        return chosen;
    }

    public BoundaryLazyDataModel<InvoiceLineRow> getLines() {
        if (lines == null && chosen != null) {
            long id = chosen.id();
            long count = chosen.lines();
            lines = new BoundaryLazyDataModel<>(
                    filter -> count, request -> loader.lines(id, request), InvoiceLineRow::key);
        }
        return lines;
    }
}
