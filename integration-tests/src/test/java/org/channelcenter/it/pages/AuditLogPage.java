package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The audit log (include {@code audit-events.xhtml}): staff see every organization's events (Staff › Audit log),
 * an organization's global admin its own (Account settings › Audit log); both pages are the same include.
 */
public final class AuditLogPage extends Page {

    public static final String STAFF_PATH = "staff/audit.xhtml";
    public static final String ACCOUNT_PATH = "audit/organization-audit-log.xhtml";
    private static final String MENU = "menuForm:menuAuditLog";
    private static final String EVENTS = "auditForm:events";

    private AuditLogPage(PortalPage portal) {
        super(portal);
    }

    /** Staff › Audit log, from the menu. */
    public static AuditLogPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, STAFF_PATH);
        return new AuditLogPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static AuditLogPage openStaff(PortalPage portal) {
        openAt(portal, STAFF_PATH);
        return new AuditLogPage(portal);
    }

    /** Opens the staff page without waiting for its scripts (a refusal has none of them). */
    public static AuditLogPage openStaffNow(PortalPage portal) {
        portal.open(STAFF_PATH);
        return new AuditLogPage(portal);
    }

    public static AuditLogPage openAccount(PortalPage portal) {
        openAt(portal, ACCOUNT_PATH);
        return new AuditLogPage(portal);
    }

    public boolean hasEvents() {
        return present(EVENTS);
    }

    /** Types into the table's search box (which filters on each key). */
    public void search(String text) {
        typeMore(EVENTS + ":globalFilter", text);
    }

    public void awaitEvents(String text) {
        awaitText(EVENTS, text);
    }

    /** Waits until the events shown hold every one of those texts. */
    public void awaitEvents(java.util.List<String> texts) {
        portal.waiting().until(d -> {
            String events = d.findElement(By.id(EVENTS)).getText();
            return texts.stream().allMatch(events::contains);
        });
    }

    public String events() {
        return textNow(EVENTS);
    }

    /** The text of the event row that holds that text (an action's label). */
    public String eventWith(String text) {
        return driver.findElement(By.xpath("//tbody[@id='" + EVENTS + "_data']/tr[contains(., '" + text + "')]"))
                .getText();
    }

    /** Narrows the log to one organization, chosen among the matches of its domain. */
    public void organization(String domain) {
        suggest("auditForm:organization_input", domain, domain);
    }

    public void action(String action) {
        portal.select("auditAction", action);
    }

    /**
     * Puts the days into the From and To filters ({@code yyyy-MM-dd}) as their inputs' values, without opening their
     * calendars (which would cover the buttons); apply them with {@link #applyFilters}.
     */
    public void days(String from, String until) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "document.getElementById('auditForm:from_input').value = arguments[0];"
                                + "document.getElementById('auditForm:until_input').value = arguments[1];",
                        from,
                        until);
    }

    /** What the staff's Organization filter holds as typed (empty when the page opens). */
    public String organizationTyped() {
        return value("auditForm:organization_input");
    }

    /** Applies the filters and waits for the table to show the result. */
    public void applyFiltersAndWait() {
        applyFilters();
        waitForAjax();
    }

    public void applyFilters() {
        press("auditForm:applyFilters");
    }

    /** Waits until the log shows one event only, of that action's label (newest first: the first row). */
    public void awaitOnlyEvent(String actionLabel) {
        portal.waiting()
                .until(d -> d.findElements(By.id(EVENTS + ":1:action")).isEmpty()
                        && actionLabel.equals(
                                d.findElement(By.id(EVENTS + ":0:action")).getText()));
    }

    public String firstTarget() {
        return textNow(EVENTS + ":0:target");
    }

    public String firstActor() {
        return textNow(EVENTS + ":0:actor");
    }

    public String firstDetails() {
        return textNow(EVENTS + ":0:details");
    }

    /**
     * Export to CSV, posted from the page as its button does (a fetch, so that the test can read the file):
     * the content type, a line break, and the file's text.
     */
    public String exportCsv() {
        return (String)
                ((JavascriptExecutor) driver)
                        .executeAsyncScript(
                                """
                var done = arguments[arguments.length - 1];
                var form = document.getElementById('auditForm');
                var button = document.getElementById('auditForm:exportCsv');
                fetch(form.action, {method: 'POST', credentials: 'same-origin',
                        body: new URLSearchParams(new FormData(form, button))})
                    .then(r => r.text().then(t => done(r.headers.get('content-type') + '\\n' + t)))
                    .catch(e => done('failed ' + e));""");
    }
}
