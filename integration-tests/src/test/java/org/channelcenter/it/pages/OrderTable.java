package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;

/**
 * A table of orders (include {@code order-table.xhtml}), newest first: on Orders, and as a customer's order
 * history. Rows are addressed by their place, since the tests check the order of the orders.
 */
public final class OrderTable extends Page {

    static final String HISTORY = "orderHistoryForm:orders";
    static final String ORDERS = "ordersForm:orders";

    private final String table;

    OrderTable(PortalPage portal, String table) {
        super(portal);
        this.table = table;
    }

    public String text() {
        return text(table);
    }

    public int rows() {
        return rows(table);
    }

    public String orderId(int row) {
        return text(table + ":" + row + ":orderId");
    }

    public String customer(int row) {
        return text(table + ":" + row + ":customerLink");
    }

    public String customerNow(int row) {
        return textNow(table + ":" + row + ":customerLink");
    }

    public String partner(int row) {
        return text(table + ":" + row + ":partner");
    }

    public String lineQuantity(int row, int line) {
        return text(table + ":" + row + ":lines:" + line + ":lineQuantity");
    }

    public String lineUnitPrice(int row, int line) {
        return text(table + ":" + row + ":lines:" + line + ":lineUnitPrice");
    }

    public String lineCurrency(int row, int line) {
        return text(table + ":" + row + ":lines:" + line + ":lineCurrency");
    }

    /** How many lines the first order shows. */
    public int linesOfFirst() {
        return driver.findElements(By.cssSelector("[id^='" + table + ":0:lines:'][id$=':lineQuantity']"))
                .size();
    }

    /** How many orders offer a link to their customer. */
    public int customerLinks() {
        return driver.findElements(By.cssSelector("[id$=':customerLink'][id^='" + table + ":']"))
                .size();
    }

    /** The customer's name leads to its page. */
    public void openCustomer(int row) {
        press(table + ":" + row + ":customerLink");
    }
}
