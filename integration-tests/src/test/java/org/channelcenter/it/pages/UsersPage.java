package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Account settings › User management: the organization's users (rows found by login), roles, deactivation. */
public final class UsersPage extends Page {

    public static final String PATH = "directory/users.xhtml";
    private static final String MENU = "menuForm:menuUserManagement";
    private static final String TABLE = "usersForm:users";
    private static final String ADD = "addUserForm:";
    private static final String EDIT = "userForm:";

    private UsersPage(PortalPage portal) {
        super(portal);
    }

    public static UsersPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new UsersPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static UsersPage open(PortalPage portal) {
        portal.open(PATH);
        return new UsersPage(portal);
    }

    /** Reads the page again from the server. */
    public UsersPage reload() {
        driver.navigate().refresh();
        portal.waitForScripts();
        return this;
    }

    public boolean hasUsers() {
        return present(TABLE);
    }

    public String users() {
        return text(TABLE);
    }

    private static WebElement row(WebDriver driver, String login) {
        return driver.findElement(rowWith(TABLE, "cc-user-login", login));
    }

    public int rowsOf(String login) {
        return driver.findElements(rowWith(TABLE, "cc-user-login", login)).size();
    }

    public String rolesOf(String login) {
        return row(driver, login).findElement(By.className("cc-user-roles")).getText();
    }

    public String statusOf(String login) {
        return row(driver, login).findElement(By.className("cc-user-status")).getText();
    }

    public void awaitRoles(String login, String roles) {
        portal.waiting()
                .until(d -> roles.equals(
                        row(d, login).findElement(By.className("cc-user-roles")).getText()));
    }

    public void awaitRowText(String login, String text) {
        portal.waiting().until(d -> row(d, login).getText().contains(text));
    }

    // --- Add user

    public UsersPage addUser() {
        press("usersForm:addUser");
        awaitVisible(ADD + "displayName");
        return this;
    }

    /** Waits until the dialog's form is empty again (it keeps the previous user's until reset). */
    public UsersPage awaitEmptyForm() {
        portal.waiting().until(d -> d.findElement(By.id(ADD + "userName"))
                .getAttribute("value")
                .isEmpty());
        return this;
    }

    public String userNameDomain() {
        return textNow("userNameDomain");
    }

    public UsersPage newUser(String displayName, String userName, String email) {
        type(ADD + "displayName", displayName);
        type(ADD + "userName", userName);
        type(ADD + "email", email);
        return this;
    }

    /** Ticks a role in the Add user dialog ({@code salesAgent}, {@code helpdeskAgent}, ...). */
    public UsersPage newUserRole(String role) {
        tick(ADD + role);
        return this;
    }

    public void save() {
        press(ADD + "save");
    }

    public void awaitAdded() {
        awaitInvisible(ADD + "save");
    }

    public void awaitUserNameMessage(String text) {
        awaitText(ADD + "userNameMessage", text);
    }

    // --- Edit roles

    /** Edit roles, in that user's row (retried while ajax re-renders the table): waits for the dialog. */
    public UsersPage editRoles(String login) {
        portal.waiting().until(d -> {
            buttonsIn(row(d, login), "editRoles").get(0).click();
            return true;
        });
        awaitVisible(EDIT + "update");
        awaitText("editedUser", login);
        return this;
    }

    /** Ticks (or unticks) a role in the Edit roles dialog. */
    public UsersPage role(String role) {
        tick(EDIT + role);
        return this;
    }

    public boolean hasRole(String role) {
        return ticked(EDIT + role);
    }

    public void update() {
        press(EDIT + "update");
    }

    // --- Deactivate

    /** How many Deactivate buttons that user's row offers. */
    public int deactivateButtons(String login) {
        return buttonsIn(row(driver, login), "deactivate").size();
    }

    /** Deactivate, in that user's row: waits for the confirmation and answers its question. */
    public String deactivate(String login) {
        buttonsIn(row(driver, login), "deactivate").get(0).click();
        awaitVisible("deactivateForm:confirm");
        return textNow("deactivateQuestion");
    }

    public void confirmDeactivate() {
        press("deactivateForm:confirm");
    }
}
