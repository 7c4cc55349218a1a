package org.channelcenter.web.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import org.channelcenter.billing.boundary.DocumentFormat;
import org.channelcenter.billing.boundary.MarginRow;
import org.channelcenter.billing.boundary.Statements;
import org.channelcenter.web.i18n.LanguageSelection;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * Billing › Margins (resellers): the margin report, revenue, cost and margin per month, customer, offer and currency,
 * for a range of months (the last twelve closed months at first), filtered by customer or offer name, summed in the
 * database a page at a time; the same report as PDF or CSV in the reader's language.
 */
@Named
@ViewScoped
public class MarginsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Statements statements;

    @Inject
    LanguageSelection language;

    private String from;
    private String through;
    /** The table's filter as last applied, so the documents hold exactly the rows the table shows. */
    private String filter;

    private BoundaryLazyDataModel<MarginRow> rows;

    public MarginsPage() {
        YearMonth lastClosed = YearMonth.now(Clock.systemUTC()).minusMonths(1);
        this.through = lastClosed.toString();
        this.from = lastClosed.minusMonths(11).toString();
    }

    public BoundaryLazyDataModel<MarginRow> getMargins() {
        if (rows == null) {
            YearMonth first = YearMonth.parse(from);
            YearMonth last = YearMonth.parse(through);
            rows = new BoundaryLazyDataModel<>(
                    text -> {
                        filter = text;
                        return statements.countMargins(first, last, text);
                    },
                    request -> statements.findMargins(first, last, request),
                    MarginRow::key);
        }
        return rows;
    }

    /**
     * The months changed: the report starts again from its first page. A "through" before "from" becomes "from"; the
     * choices span 36 months, the widest report the boundary serves.
     */
    public void monthsChanged() {
        rows = null;
        if (YearMonth.parse(from).isAfter(YearMonth.parse(through))) {
            through = from;
        }
    }

    public StreamedContent getPdf() {
        return document(DocumentFormat.PDF);
    }

    public StreamedContent getCsv() {
        return document(DocumentFormat.CSV);
    }

    private StreamedContent document(DocumentFormat format) {
        return Downloads.of(statements.marginReport(
                YearMonth.parse(from), YearMonth.parse(through), filter, format, language.getLocale()));
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = YearMonth.parse(from).toString();
    }

    public String getThrough() {
        return through;
    }

    public void setThrough(String through) {
        this.through = YearMonth.parse(through).toString();
    }
}
