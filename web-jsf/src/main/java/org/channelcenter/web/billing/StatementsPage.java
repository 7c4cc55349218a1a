package org.channelcenter.web.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import org.channelcenter.billing.boundary.DocumentFormat;
import org.channelcenter.billing.boundary.StatementLineRow;
import org.channelcenter.billing.boundary.StatementRow;
import org.channelcenter.billing.boundary.Statements;
import org.channelcenter.web.i18n.LanguageSelection;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * Billing › Statements (resellers): its customers' statements, of one month or all, filtered by customer name, with
 * their total, cost and margin; a chosen statement's lines; each statement as PDF or CSV in the reader's language.
 * Whose statements these are is {@link Statements}' decision, from the principal.
 */
@Named
@ViewScoped
public class StatementsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Statements statements;

    @Inject
    LanguageSelection language;

    /** The month shown (ISO, e.g. 2026-11); null for every month. */
    private String month;

    private StatementRow chosen;
    private BoundaryLazyDataModel<StatementRow> rows;
    private BoundaryLazyDataModel<StatementLineRow> lines;

    public BoundaryLazyDataModel<StatementRow> getStatements() {
        if (rows == null) {
            YearMonth shown = month == null ? null : YearMonth.parse(month);
            rows = new BoundaryLazyDataModel<>(
                    filter -> statements.countResellerStatements(shown, filter),
                    request -> statements.findResellerStatements(shown, request),
                    StatementRow::key);
        }
        return rows;
    }

    /** The chosen statement's lines, with their cost. */
    public BoundaryLazyDataModel<StatementLineRow> getLines() {
        if (lines == null && chosen != null) {
            long id = chosen.id();
            lines = new BoundaryLazyDataModel<>(
                    filter -> statements.countLines(id),
                    request -> statements.findLines(id, request),
                    StatementLineRow::key);
        }
        return lines;
    }

    public void choose(StatementRow statement) {
        chosen = statement;
        lines = null;
    }

    /** The month filter changed: the list starts again from its first page. */
    public void monthChanged() {
        rows = null;
        chosen = null;
        lines = null;
    }

    public StreamedContent pdf(StatementRow statement) {
        return Downloads.of(statements.statementDocument(statement.id(), DocumentFormat.PDF, language.getLocale()));
    }

    public StreamedContent csv(StatementRow statement) {
        return Downloads.of(statements.statementDocument(statement.id(), DocumentFormat.CSV, language.getLocale()));
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month =
                month == null || month.isBlank() ? null : YearMonth.parse(month).toString();
    }

    public StatementRow getChosen() {
        return chosen;
    }
}
