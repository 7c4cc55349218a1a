package org.channelcenter.it.pages;

import java.util.List;
import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A customer's record: on the customer's page its sections (account, relationships, subscriptions, users and
 * licenses, with their dialogs; ids as they are, the form does not prepend its id), and in a row of Customers the
 * summary ({@code customer-record.xhtml}: counts with links, account and relationships; ids under the row's, so
 * two open records do not share them): {@code prefix} is that difference.
 */
public final class CustomerRecord extends Page {

    private final String prefix;

    CustomerRecord(PortalPage portal, String prefix) {
        super(portal);
        this.prefix = prefix;
    }

    private String id(String local) {
        return prefix + local;
    }

    public String text() {
        return text(id("customerRecord"));
    }

    public String name() {
        return text(id("recordName"));
    }

    public boolean isShown() {
        return present(id("recordName"));
    }

    /** Whether the subscriptions are shown (a table, or the note that there are none). */
    public boolean hasSubscriptionsSection() {
        return present(id("subscriptions")) || present(id("subscriptionsNone"));
    }

    public boolean hasRecord() {
        return present(id("customerRecord"));
    }

    /** The partners of the relationships listed, sorted. */
    public List<String> relationshipPartners() {
        return driver
                .findElements(By.cssSelector("[id='" + id("relationships_data") + "'] .cc-relationship-partner"))
                .stream()
                .map(WebElement::getText)
                .sorted()
                .toList();
    }

    // --- the summary a row of Customers opens to (issue 16): counts, each a link to a section of the page

    /** What the summary's link says the customer has: {@code Subscriptions}, {@code Licenses} or {@code Users}. */
    public long summaryCount(String link) {
        awaitVisible(id("summary" + link));
        return Long.parseLong(driver.findElement(By.id(id("summary" + link)))
                .findElement(By.className("cc-summary-number"))
                .getText()
                .trim());
    }

    /** Follows the summary's link ({@code Subscriptions}, {@code Licenses}, {@code Users} or {@code Orders}). */
    public CustomerPage followSummary(String link) {
        driver.findElement(By.id(id("summary" + link))).click();
        return CustomerPage.shown(portal);
    }

    /** Whether the record offers any command (users, licenses, subscriptions): the summary offers none. */
    public boolean offersCommands() {
        return present(id("addCustomerUser")) || present(id("placeOrderLink")) || hasSubscriptionsSection();
    }

    // --- subscriptions

    public String subscriptions() {
        return text(id("subscriptions"));
    }

    public String noSubscriptions() {
        return text(id("subscriptionsNone"));
    }

    public boolean offersPlaceOrder() {
        return present(id("placeOrderLink"));
    }

    public OrderPage placeOrder() {
        portal.click(id("placeOrderLink"), OrderPage.PLACE_ORDER);
        portal.waitForScripts();
        return new OrderPage(portal);
    }

    /** Waits until that many subscriptions offer Suspend. */
    public void awaitSuspendable(int count) {
        portal.waiting()
                .until(d -> d
                                .findElements(By.cssSelector(
                                        "[id^='" + id("subscriptions:") + "'][id$=':suspendSubscription']"))
                                .stream()
                                .filter(WebElement::isDisplayed)
                                .count()
                        == count);
    }

    /** The subscription of that quantity (its row, found by what it shows). */
    public Subscription subscriptionOf(String quantity) {
        WebElement cell = driver
                .findElements(By.cssSelector("[id^='" + id("subscriptions:") + "'][id$=':subscriptionQuantity']"))
                .stream()
                .filter(e -> e.getText().equals(quantity))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no subscription of " + quantity + " licenses"));
        String quantityId = cell.getAttribute("id");
        return new Subscription(portal, quantityId.substring(0, quantityId.length() - "subscriptionQuantity".length()));
    }

    /** Whether any subscription offers an action (Suspend, Reactivate, Cancel). */
    public boolean offersSubscriptionActions() {
        return !Subscription.actionButtons(driver, id("subscriptions:")).isEmpty();
    }

    public int reactivatable() {
        return driver.findElements(By.cssSelector("[id$=':reactivateSubscription']"))
                .size();
    }

    /** Presses Cancel of the newest subscription (the first row) and waits for the dialog. */
    public SubscriptionActions cancelFirstSubscription() {
        press(id("subscriptions:0:cancelSubscription"));
        SubscriptionActions actions = new SubscriptionActions(portal);
        actions.awaitCancelDialog();
        return actions;
    }

    // --- users

    private WebElement userRow(String login) {
        return driver.findElement(rowWith(id("customerUsers"), "cc-customer-user-login", login));
    }

    public String users() {
        return text(id("customerUsers"));
    }

    public void awaitUsersText(String text) {
        awaitText(id("customerUsers"), text);
    }

    public boolean listsACustomerAdmin() {
        return !driver.findElements(By.cssSelector("[id='" + id("customerUsers_data") + "'] .cc-customer-admin-tag"))
                .isEmpty();
    }

    public boolean offersAddUser() {
        return driver.findElements(By.id(id("addCustomerUser"))).size() == 1;
    }

    public String licensesOf(String login) {
        return userRow(login)
                .findElement(By.className("cc-customer-user-licenses"))
                .getText();
    }

    public CustomerRecord addUser() {
        portal.click(id("addCustomerUser"), id("customerUserDisplayName"));
        return this;
    }

    public CustomerRecord newUser(String displayName, String userName, String email) {
        type(id("customerUserDisplayName"), displayName);
        type(id("customerUserName"), userName);
        type(id("customerUserEmail"), email);
        return this;
    }

    public String newUserDomain() {
        return text(id("customerUserDomain"));
    }

    public void saveUser() {
        press(id("saveCustomerUser"));
    }

    public void awaitUserAdded() {
        awaitInvisible(id("addCustomerUserDialog"));
    }

    public boolean addUserDialogShown() {
        return driver.findElement(By.id(id("addCustomerUserDialog"))).isDisplayed();
    }

    public void cancelAddUser() {
        press(id("cancelCustomerUser"));
    }

    public void awaitUserNameMessage(String text) {
        awaitAt(id("customerUserNameMessage"), text);
    }

    public void awaitDisplayNameMessage(String text) {
        awaitAt(id("customerUserDisplayNameMessage"), text);
    }

    /** Waits until the Add user dialog's own messages say that (a refusal of the whole command). */
    public void awaitAddUserMessage(String text) {
        awaitAt(id("addCustomerUserMessages"), text);
    }

    /** What the Users section's messages say now ("" when it shows none). */
    public String usersMessagesNow() {
        return driver.findElements(By.id(id("customerUsersMessages"))).stream()
                .map(e -> e.getText())
                .findFirst()
                .orElse("");
    }

    public String usersMessages() {
        return text(id("customerUsersMessages"));
    }

    /** Edit, in the row of that user: waits for the dialog. */
    public CustomerRecord edit(String login) {
        press(idIn(userRow(login), "editCustomerUser"));
        awaitVisible(id("editCustomerUserEmail"));
        return this;
    }

    public String editedUser() {
        return text(id("editedCustomerUser"));
    }

    public CustomerRecord editedEmail(String email) {
        type(id("editCustomerUserEmail"), email);
        return this;
    }

    public void update() {
        press(id("updateCustomerUser"));
    }

    public void awaitEditedEmailMessage(String text) {
        awaitAt(id("editCustomerUserEmailMessage"), text);
    }

    public void cancelEdit() {
        press(id("cancelEditCustomerUser"));
    }

    /** Deactivate, in the row of that user: waits for the confirmation. */
    public CustomerRecord deactivate(String login) {
        press(idIn(userRow(login), "deactivateCustomerUser"));
        awaitVisible(id("confirmDeactivateCustomerUser"));
        return this;
    }

    /** Deactivate, in the only row that offers it: waits for the confirmation. */
    public CustomerRecord deactivateTheOnlyDeactivatable() {
        portal.click(
                driver.findElement(By.cssSelector("[id$=':deactivateCustomerUser']"))
                        .getAttribute("id"),
                id("confirmDeactivateCustomerUser"));
        return this;
    }

    public boolean offersDeactivate() {
        return !driver.findElements(By.cssSelector("[id$=':deactivateCustomerUser']"))
                .isEmpty();
    }

    public String statusQuestion() {
        return text(id("customerUserStatusQuestion"));
    }

    public String statusTitle() {
        return text(id("customerUserStatusTitle"));
    }

    public void confirmDeactivate() {
        press(id("confirmDeactivateCustomerUser"));
    }

    public void awaitStatusMessage(String text) {
        awaitAt(id("customerUserStatusMessages"), text);
    }

    public boolean statusDialogShown() {
        return driver.findElement(By.id(id("customerUserStatusDialog"))).isDisplayed();
    }

    // --- licenses

    /** Waits until the licenses section is shown. */
    public CustomerRecord awaitLicenses() {
        awaitVisible(id("licenseAssignments"));
        return this;
    }

    public boolean showsLicenses() {
        return driver.findElements(By.id(id("licenseAssignments"))).size() == 1;
    }

    /** The license use of the newest subscription ("assigned of quantity"). */
    public String licenseUse() {
        return text(id("licenseUse:0:licenseUseCount"));
    }

    public void awaitLicenseUse(String use) {
        awaitExactText(id("licenseUse:0:licenseUseCount"), use);
    }

    public int licenseUseRows() {
        return driver.findElements(By.cssSelector("[id^='" + id("licenseUse:") + "'][id$=':licenseUseCount']"))
                .size();
    }

    public boolean saysLicenseUseTruncated() {
        return present(id("licenseUseTruncated"));
    }

    public String licenseUseTruncated() {
        return text(id("licenseUseTruncated"));
    }

    /** Assign license, for the newest subscription: waits for the dialog. */
    public CustomerRecord assignLicense() {
        portal.click(id("licenseUse:0:assignLicense"), id("licenseUser_input"));
        return this;
    }

    /** What the Assign license dialog's User field holds as typed (empty until someone types). */
    public String licenseUserTyped() {
        return value(id("licenseUser_input"));
    }

    public String assignedSubscription() {
        return text(id("assignLicenseSubscription"));
    }

    /** Chooses the user among the matches of what is typed, by the login it shows. */
    public CustomerRecord chooseUser(String typed, String login) {
        suggest(id("licenseUser_input"), typed, login);
        return this;
    }

    public void confirmAssign() {
        press(id("confirmAssign"));
    }

    public void awaitAssigned() {
        awaitInvisible(id("assignLicenseDialog"));
    }

    public boolean assignDialogShown() {
        return driver.findElement(By.id(id("assignLicenseDialog"))).isDisplayed();
    }

    public void awaitLicenseUserMessage(String text) {
        awaitAt(id("licenseUserMessage"), text);
    }

    public void cancelAssign() {
        press(id("cancelAssign"));
    }

    public String licensesMessages() {
        return text(id("licensesMessages"));
    }

    /** The newest assignment's user. */
    public String firstAssignee() {
        return text(id("licenseAssignments:0:assigneeLogin"));
    }

    /** Unassign, for the newest assignment: waits for the confirmation and answers its question. */
    public String unassignFirst() {
        portal.click(id("licenseAssignments:0:unassignLicense"), id("confirmUnassign"));
        return text(id("unassignLicenseQuestion"));
    }

    public void confirmUnassign() {
        press(id("confirmUnassign"));
    }

    public void awaitUnassignMessage(String text) {
        awaitAt(id("unassignLicenseMessages"), text);
    }

    public boolean unassignDialogShown() {
        return driver.findElement(By.id(id("unassignLicenseDialog"))).isDisplayed();
    }

    public void cancelUnassign() {
        press(id("cancelUnassign"));
    }

    /** Whether every column of the record's tables and of the order history has its own id. */
    public boolean tableColumnsHaveIds() {
        return driver.findElements(By.cssSelector("[id^='" + id("customerUsers:") + "'][id*='j_idt'],"
                        + " [id^='" + id("licenseUse:") + "'][id*='j_idt'], [id^='" + id("licenseAssignments:")
                        + "'][id*='j_idt'],"
                        + " [id^='" + OrderTable.HISTORY + ":'][id*='j_idt']"))
                .isEmpty();
    }

    /** How many info messages on screen say that. */
    public long shown(String text) {
        return driver
                .findElements(By.xpath("//div[contains(@class,'ui-messages-info')][contains(., '" + text + "')]"))
                .stream()
                .filter(WebElement::isDisplayed)
                .count();
    }

    /** Waits until the element shows the text; keeps evidence of the page when it does not. */
    private void awaitAt(String elementId, String text) {
        try {
            awaitText(elementId, text);
        } catch (org.openqa.selenium.TimeoutException e) {
            portal.evidence("refusal-" + elementId.replace(':', '_'));
            throw new AssertionError(elementId + " does not show '" + text + "'", e);
        }
    }
}
