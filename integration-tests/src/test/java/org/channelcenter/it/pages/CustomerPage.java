package org.channelcenter.it.pages;

import java.util.Locale;
import java.util.regex.Pattern;
import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;

/**
 * A customer's own page, in sections (tabs that are links): Subscriptions (the default, with the subscription
 * actions), Users and licenses, Order history, Account and relationships. {@link #record()} reads the parts of the
 * record the section shown has.
 */
public final class CustomerPage extends Page {

    /** The page as it is shown now. */
    public static CustomerPage shown(PortalPage portal) {
        return new CustomerPage(portal);
    }

    public static final String PATH = "customer/customer.xhtml";

    private CustomerPage(PortalPage portal) {
        super(portal);
    }

    /** The sections' parameter values (the page's {@code section} parameter) and their tabs' ids. */
    public enum Section {
        SUBSCRIPTIONS("sectionSubscriptions"),
        USERS("sectionUsers"),
        ORDERS("sectionOrders"),
        ACCOUNT("sectionAccount");

        final String tabId;

        Section(String tabId) {
            this.tabId = tabId;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static String of(long customerId) {
        return PATH + "?customer=" + customerId;
    }

    public static String of(long customerId, Section section) {
        return of(customerId) + "&section=" + section.param();
    }

    public static CustomerPage open(PortalPage portal, long customerId) {
        return open(portal, Long.toString(customerId));
    }

    /** Opens the page with that customer parameter as typed (also a wrong one). */
    public static CustomerPage open(PortalPage portal, String customer) {
        portal.open(PATH + "?customer=" + customer);
        return new CustomerPage(portal);
    }

    /** Opens the page and waits for its scripts. */
    public static CustomerPage openReady(PortalPage portal, long customerId) {
        openAt(portal, of(customerId));
        return new CustomerPage(portal);
    }

    /** Opens the page at that section and waits for its scripts. */
    public static CustomerPage openReady(PortalPage portal, long customerId, Section section) {
        openAt(portal, of(customerId, section));
        return new CustomerPage(portal);
    }

    static CustomerPage awaitShown(PortalPage portal, long customerId) {
        Pattern page = Pattern.compile("/" + Pattern.quote(PATH) + "\\?(.*&)?customer=" + customerId + "(&.*)?$");
        portal.waiting().until(d -> page.matcher(d.getCurrentUrl()).find());
        return new CustomerPage(portal);
    }

    public String title() {
        return text(Shell.PAGE_TITLE);
    }

    public CustomerRecord record() {
        return new CustomerRecord(portal, "");
    }

    public String refusal() {
        return text("customerRefused");
    }

    public SubscriptionActions subscriptionActions() {
        return new SubscriptionActions(portal);
    }

    /** Goes to another section through its tab, as a person does, and waits for it. */
    public CustomerPage show(Section section) {
        PortalPage.press(driver, section.tabId);
        portal.waiting().until(d -> d.getCurrentUrl().contains("section=" + section.param()));
        portal.waitForScripts();
        return this;
    }

    /** Whether that section's tab is the one shown. */
    public boolean shows(Section section) {
        return "page".equals(driver.findElement(By.id(section.tabId)).getAttribute("aria-current"));
    }

    /** The order history table (the Order history section shows it). */
    public OrderTable orderHistory() {
        return new OrderTable(portal, OrderTable.HISTORY);
    }
}
