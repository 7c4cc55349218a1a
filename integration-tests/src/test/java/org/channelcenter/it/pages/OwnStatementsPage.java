package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Statements (a customer's global admins): the statements the customer received, without its reseller's cost. */
public final class OwnStatementsPage extends BillingDocumentTables {

    public static final String PATH = "billing/own-statements.xhtml";
    private static final String MENU = "menuForm:menuOwnStatements";

    private OwnStatementsPage(PortalPage portal) {
        super(portal);
    }

    public static OwnStatementsPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new OwnStatementsPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static OwnStatementsPage openNow(PortalPage portal) {
        portal.open(PATH);
        return new OwnStatementsPage(portal);
    }

    static final String TABLE = "statementsForm:statements";

    /** The statement's cell (month, reseller, total) once it reads {@code expected}. */
    public String awaitStatementCell(long statementId, String name, String expected) {
        return awaitCell(TABLE, Long.toString(statementId), name, expected);
    }

    /** Whether the statement's row shows that cell (e.g. the reseller's cost, which it must not). */
    public boolean showsCell(long statementId, String name) {
        return hasCell(TABLE, Long.toString(statementId), name);
    }

    /** Shows the statement's lines, waiting for their heading. */
    public OwnStatementsPage showLines(long statementId) {
        press(idIn(row(TABLE, Long.toString(statementId)), "showLines"));
        awaitVisible("linesTitle");
        return this;
    }

    /** Whether the lines table has a cost column (it must not, for a customer). */
    public boolean linesShowCost() {
        return !driver.findElements(org.openqa.selenium.By.cssSelector("#linesForm\\:lines_data [id$=':cost']"))
                .isEmpty();
    }

    public Download document(long statementId, String format) {
        return download("statementsForm", idIn(row(TABLE, Long.toString(statementId)), format));
    }
}
