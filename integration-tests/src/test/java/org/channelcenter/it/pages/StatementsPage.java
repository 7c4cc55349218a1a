package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Billing › Statements (resellers): its customers' statements with total, cost and margin (rows keyed by statement id), a statement's lines, PDF and CSV downloads. */
public final class StatementsPage extends BillingDocumentTables {

    public static final String PATH = "billing/statements.xhtml";
    private static final String MENU = "menuForm:menuStatements";

    private StatementsPage(PortalPage portal) {
        super(portal);
    }

    public static StatementsPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new StatementsPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static StatementsPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new StatementsPage(portal);
    }

    static final String TABLE = "statementsForm:statements";
    static final String LINES = "linesForm:lines";

    /** The statement's cell (month, customer, total, cost, margin) once it reads {@code expected}. */
    public String awaitStatementCell(long statementId, String name, String expected) {
        return awaitCell(TABLE, Long.toString(statementId), name, expected);
    }

    /** Shows the statement's lines (its row's Lines), waiting for the lines' heading. */
    public StatementsPage showLines(long statementId) {
        press(idIn(row(TABLE, Long.toString(statementId)), "showLines"));
        awaitVisible("linesTitle");
        return this;
    }

    /** A line's cell (offer, period, quantity, days, unitPrice, amount, cost) once it reads {@code expected}. */
    public String awaitLineCell(long lineId, String name, String expected) {
        return awaitCell(LINES, Long.toString(lineId), name, expected);
    }

    /** The first line's record id. */
    public long firstLine() {
        return Long.parseLong(portal.waiting()
                .until(d -> d.findElement(
                        org.openqa.selenium.By.cssSelector("#linesForm\\:lines_data > tr[data-record-id]")))
                .getAttribute("data-record-id"));
    }

    /** The statement as its row's PDF or CSV button downloads it. */
    public Download document(long statementId, String format) {
        return download("statementsForm", idIn(row(TABLE, Long.toString(statementId)), format));
    }
}
