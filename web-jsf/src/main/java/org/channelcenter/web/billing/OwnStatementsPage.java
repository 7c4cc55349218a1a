package org.channelcenter.web.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.billing.boundary.DocumentFormat;
import org.channelcenter.billing.boundary.StatementLineRow;
import org.channelcenter.billing.boundary.StatementRow;
import org.channelcenter.billing.boundary.Statements;
import org.channelcenter.web.i18n.LanguageSelection;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * Statements (a customer's global admins): the statements the customer received from its resellers, the latest
 * month first, filtered by reseller name; a chosen statement's lines; each as PDF or CSV in the reader's language.
 * The customer never sees its reseller's cost ({@link Statements} leaves it out).
 */
@Named
@ViewScoped
public class OwnStatementsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Statements statements;

    @Inject
    LanguageSelection language;

    private StatementRow chosen;
    private BoundaryLazyDataModel<StatementRow> rows;
    private BoundaryLazyDataModel<StatementLineRow> lines;

    public BoundaryLazyDataModel<StatementRow> getStatements() {
        if (rows == null) {
            rows = new BoundaryLazyDataModel<>(
                    statements::countOwnStatements, statements::findOwnStatements, StatementRow::key);
        }
        return rows;
    }

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

    public StreamedContent pdf(StatementRow statement) {
        return Downloads.of(statements.statementDocument(statement.id(), DocumentFormat.PDF, language.getLocale()));
    }

    public StreamedContent csv(StatementRow statement) {
        return Downloads.of(statements.statementDocument(statement.id(), DocumentFormat.CSV, language.getLocale()));
    }

    public StatementRow getChosen() {
        return chosen;
    }
}
