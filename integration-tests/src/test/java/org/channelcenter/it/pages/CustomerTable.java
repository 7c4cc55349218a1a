package org.channelcenter.it.pages;

import java.util.regex.Pattern;
import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The customers table (include {@code customer-table.xhtml}) on Customers and View customers: paged, sorted,
 * filtered; a customer's row is found by the customer's id (its link), and opens to the customer's record.
 */
public final class CustomerTable extends Page {

    static final String TABLE = "customersForm:customers";
    private static final String FIRST = TABLE + ":0:";

    CustomerTable(PortalPage portal) {
        super(portal);
    }

    public int rows() {
        return rows(TABLE);
    }

    public void awaitRows(int count) {
        portal.waiting().until(d -> rows(TABLE) == count);
    }

    public void awaitMoreRowsThan(int count) {
        portal.waiting().until(d -> rows(TABLE) > count);
    }

    public String paginator() {
        return textNow(TABLE + "_paginator_bottom");
    }

    /** The name in the first row (the table's order shows there). */
    public String firstName() {
        return text(FIRST + "customerLink");
    }

    public void awaitFirstName(String name) {
        awaitExactText(FIRST + "customerLink", name);
    }

    public String firstCountry() {
        return text(FIRST + "customerCountry");
    }

    public String firstReseller() {
        return text(FIRST + "customerReseller");
    }

    /** Waits until the first row is shown, as after a page load. */
    public void awaitFirstRow() {
        awaitVisible(FIRST + "customerLink");
    }

    /** Waits until that customer is the only one listed. */
    public void awaitOnly(String name) {
        portal.waiting()
                .until(d -> rows(TABLE) == 1
                        && name.equals(
                                d.findElement(By.id(FIRST + "customerLink")).getText()));
    }

    /** Waits until the table says so (an empty table's message). */
    public void awaitSays(String text) {
        awaitText(TABLE + "_data", text);
    }

    public boolean hasResellerColumn() {
        return present(TABLE + ":reseller");
    }

    public String resellerHeader() {
        return text(TABLE + ":reseller");
    }

    /**
     * Clicks the Customer column's title (not its filter field, which shares the header cell) and waits until
     * the table is sorted that way.
     */
    public void sortByName(String order) {
        driver.findElement(By.cssSelector("[id='" + TABLE + ":name'] .ui-column-title"))
                .click();
        portal.waiting()
                .until(d -> order.equals(d.findElement(By.id(TABLE + ":name")).getAttribute("aria-sort")));
    }

    public void nextPage() {
        driver.findElement(By.cssSelector("[id='" + TABLE + "_paginator_bottom'] .ui-paginator-next"))
                .click();
    }

    public void filterName(String text) {
        type(TABLE + ":name:filter", text);
    }

    public void clearNameFilter() {
        clear(TABLE + ":name:filter");
    }

    public void filterDomain(String text) {
        type(TABLE + ":domain:filter", text);
    }

    /** Clears the domain filter and filters again (clearing types no key, which would filter). */
    public void clearDomainFilter() {
        clear(TABLE + ":domain:filter");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("PF('customersTable').filter();");
    }

    public void filterCountry(String countryCode) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "var menu = PF('customersCountryFilter'); menu.selectValue(arguments[0]); menu.triggerChange();",
                        countryCode);
    }

    /** The link to that customer's page, in its row. */
    private static WebElement link(WebDriver driver, long customerId) {
        Pattern record = Pattern.compile("[?&]customer=" + customerId + "(&|$)");
        return driver.findElements(By.cssSelector("[id='" + TABLE + "_data'] a[id$=':customerLink']")).stream()
                .filter(a -> record.matcher(a.getAttribute("href")).find())
                .findFirst()
                .orElseThrow(() -> new AssertionError("customer " + customerId + " is not listed"));
    }

    /** Opens that customer's row (the arrow in the cell of its name) and answers the record shown there. */
    public CustomerRecord expand(long customerId) {
        WebElement link = link(driver, customerId);
        String linkId = link.getAttribute("id");
        // PrimeFaces renders the row toggler without an id, as a sibling of the name in the same cell
        link.findElement(By.xpath("./parent::td/div[contains(@class,'ui-row-toggler')]"))
                .click();
        String row = linkId.substring(0, linkId.length() - "customerLink".length());
        CustomerRecord record = new CustomerRecord(portal, row);
        record.awaitVisible(row + "customerRecord");
        return record;
    }

    /** The customer's name leads to its page. */
    public CustomerPage open(long customerId) {
        press(link(driver, customerId).getAttribute("id"));
        return CustomerPage.awaitShown(portal, customerId);
    }
}
