package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Account settings › User management in a real browser: adding a user who then chooses a password through
 * the mailed link and signs in; granting Admin agent with Update; the last admin's refusal; no access for
 * non-admins; a set-password link works only once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserManagementBrowserIT {

    private static final String NEW_PASSWORD = "Chosen-Password-2026";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebDriver admin;
    private WebDriver other;



    private PortalPage signInAndOpenUserManagement(String login) {
        admin = browsers.open("en");
        PortalPage portal = new PortalPage(admin);
        portal.signIn(login, Fixtures.PASSWORD);
        PortalPage.press(admin, "menuForm:menuUserManagement");
        portal.waiting().until(d -> d.getCurrentUrl().endsWith("/account/users.xhtml"));
        portal.waitForScripts();
        return portal;
    }

    private static String domainOf(String login) {
        return login.substring(login.indexOf('@') + 1);
    }

    private static WebElement rowOf(WebDriver driver, String login) {
        return driver.findElement(By.xpath("//tbody[@id='usersForm:users_data']/tr[td[normalize-space(.)='"
                + login + "']]"));
    }

    private static String rolesOf(WebDriver driver, String login) {
        return rowOf(driver, login).findElement(By.className("cc-user-roles")).getText();
    }

    private static void tick(WebDriver driver, String checkboxId) {
        driver.findElement(By.cssSelector("#" + checkboxId.replace(":", "\\:") + " .ui-chkbox-box")).click();
    }

    private static boolean ticked(WebDriver driver, String checkboxId) {
        return driver.findElement(By.id(checkboxId + "_input")).isSelected();
    }

    private void openRolesOf(PortalPage portal, String login) {
        rowOf(portal.driver(), login).findElement(By.xpath(".//button[contains(@id,':editRoles')]")).click();
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:update")));
        portal.waiting().until(d -> d.findElement(By.id("editedUser")).getText().contains(login));
    }

    private void waitForMessage(PortalPage portal, String text) {
        portal.waiting().until(d -> d.findElement(By.id("messages")).getText().contains(text));
    }

    @Test
    void anAdminAddsAUserWhoChoosesAPasswordOnceAndSignsIn() {
        Fixtures.Created org = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        PortalPage portal = signInAndOpenUserManagement(org.login());
        String email = "new.user." + System.nanoTime() + "@mail.example";
        String login = "new.user@" + domainOf(org.login());

        PortalPage.press(admin, "usersForm:addUser");
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("addUserForm:displayName")));
        assertEquals("@" + domainOf(org.login()), admin.findElement(By.id("userNameDomain")).getText());
        PortalPage.press(admin, "addUserForm:save");
        portal.waiting().until(d -> d.findElement(By.id("addUserForm:userNameMessage")).getText()
                .contains("Enter a user name."));

        admin.findElement(By.id("addUserForm:displayName")).sendKeys("New User");
        admin.findElement(By.id("addUserForm:userName")).sendKeys("New.User");
        admin.findElement(By.id("addUserForm:email")).sendKeys(email);
        tick(admin, "addUserForm:salesAgent");
        PortalPage.press(admin, "addUserForm:save");

        waitForMessage(portal, "User " + login + " added.");
        portal.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("addUserForm:save")));
        assertEquals("Sales agent", rolesOf(admin, login));
        assertEquals("Invitation sent", rowOf(admin, login).findElement(By.className("cc-user-status")).getText());

        // the same user name again: refused at the field, nothing added
        PortalPage.press(admin, "usersForm:addUser");
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("addUserForm:displayName")));
        portal.waiting().until(d -> d.findElement(By.id("addUserForm:userName")).getAttribute("value").isEmpty());
        admin.findElement(By.id("addUserForm:displayName")).sendKeys("Someone Else");
        admin.findElement(By.id("addUserForm:userName")).sendKeys("new.user");
        admin.findElement(By.id("addUserForm:email")).sendKeys("someone.else@mail.example");
        PortalPage.press(admin, "addUserForm:save");
        portal.waiting().until(d -> d.findElement(By.id("addUserForm:userNameMessage")).getText()
                .contains("already taken"));
        assertEquals(1, admin.findElements(By.xpath("//tbody[@id='usersForm:users_data']/tr[td[normalize-space(.)='"
                + login + "']]")).size());

        String mail = Fixtures.latestMail(email, "user.invitation");
        assertNotNull(mail, "invitation queued");
        assertTrue(mail.contains(login), mail);
        String link = Fixtures.linkIn(mail);
        assertTrue(link.startsWith(Fixtures.baseUrl() + "public/set-password.xhtml?token="), link);

        other = browsers.open("en");
        PortalPage newUser = new PortalPage(other);
        other.get(link);
        newUser.waitForScripts();
        assertTrue(newUser.text("setPasswordIntro").contains(login));
        other.findElement(By.id("setPasswordForm:password")).sendKeys("too-short");
        other.findElement(By.id("setPasswordForm:confirmation")).sendKeys("too-short");
        PortalPage.press(other, "setPasswordForm:save");
        newUser.waiting().until(d -> d.findElement(By.id("setPasswordForm:passwordMessage")).getText()
                .contains("at least 12 characters"));
        other.findElement(By.id("setPasswordForm:password")).clear();
        other.findElement(By.id("setPasswordForm:password")).sendKeys(NEW_PASSWORD);
        other.findElement(By.id("setPasswordForm:confirmation")).clear();
        other.findElement(By.id("setPasswordForm:confirmation")).sendKeys(NEW_PASSWORD);
        PortalPage.press(other, "setPasswordForm:save");
        assertTrue(newUser.text("setPasswordDoneText").contains(login));

        other.get(link);
        assertEquals("This link has already been used: each link works only once. If you did not set the password"
                + " yourself, tell an administrator of your organization.", newUser.text("tokenRefusedText"));
        assertTrue(other.findElements(By.id("setPasswordForm:password")).isEmpty(), "no form for a used link");

        newUser.signIn(login, NEW_PASSWORD);
        newUser.waiting().until(d -> d.getCurrentUrl().endsWith("/dashboard.xhtml"));
        assertTrue(newUser.text("welcome").contains("New User"));
        assertTrue(other.findElements(By.id("menuForm:menuUserManagement")).isEmpty(), "a sales agent is no admin");
    }

    @Test
    void anUnknownSetPasswordLinkIsRefusedPlainly() {
        other = browsers.open("pt-BR");
        PortalPage page = new PortalPage(other).open("public/set-password.xhtml?token=not-a-real-token");
        assertTrue(page.text("tokenRefusedText").startsWith("Este link não é válido."));
        assertTrue(page.revealsNothingInternal());
    }

    @Test
    void anAdminGrantsAdminAgentWithUpdateAndItSticks() {
        Fixtures.Created org = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 1);
        String helpdesk = "user1@" + domainOf(org.login());
        PortalPage portal = signInAndOpenUserManagement(org.login());
        assertEquals("Helpdesk agent", rolesOf(admin, helpdesk));

        openRolesOf(portal, helpdesk);
        assertTrue(ticked(admin, "userForm:helpdeskAgent"));
        tick(admin, "userForm:adminAgent");
        PortalPage.press(admin, "userForm:update");

        waitForMessage(portal, "The roles of " + helpdesk + " were updated.");
        portal.waiting().until(d -> rolesOf(d, helpdesk).equals("Admin agent, Helpdesk agent"));
        admin.navigate().refresh();
        portal.waitForScripts();
        assertEquals("Admin agent, Helpdesk agent", rolesOf(admin, helpdesk));

        other = browsers.open("en");
        PortalPage promoted = new PortalPage(other);
        promoted.signIn(helpdesk, Fixtures.PASSWORD);
        PortalPage.press(other, "menuForm:menuUserManagement");
        promoted.waiting().until(d -> d.getCurrentUrl().endsWith("/account/users.xhtml"));
        assertTrue(promoted.text("usersForm:users").contains(org.login()));
    }

    @Test
    void aHelpdeskAgentHasNoMenuEntryAndGetsThe403Page() {
        Fixtures.Created org = Fixtures.organization("RESELLER", "HELPDESK_AGENT", 0);
        admin = browsers.open("en");
        PortalPage portal = new PortalPage(admin);
        portal.signIn(org.login(), Fixtures.PASSWORD);
        portal.waitForScripts();
        assertTrue(admin.findElements(By.id("menuForm:menuUserManagement")).isEmpty());

        portal.open("account/users.xhtml");

        assertEquals("Access denied", portal.text("errorTitle"));
        assertTrue(admin.findElements(By.id("usersForm:users")).isEmpty(), "no user data");
        assertTrue(portal.revealsNothingInternal());
    }

    @Test
    void theLastAdminCannotRemoveTheirOwnAdminRightsOrDeactivateThemselves() {
        Fixtures.Created org = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 1);
        PortalPage portal = signInAndOpenUserManagement(org.login());
        String refusal = "You are the last active administrator of your organization";

        openRolesOf(portal, org.login());
        assertTrue(ticked(admin, "userForm:adminAgent"));
        tick(admin, "userForm:adminAgent");
        tick(admin, "userForm:globalAdmin");
        PortalPage.press(admin, "userForm:update");
        waitForMessage(portal, refusal);
        assertEquals("Global admin, Admin agent", rolesOf(admin, org.login()));

        rowOf(admin, org.login()).findElement(By.xpath(".//button[contains(@id,':deactivate')]")).click();
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("deactivateForm:confirm")));
        assertTrue(admin.findElement(By.id("deactivateQuestion")).getText().contains(org.login()));
        // a fresh message, so the wait below sees this refusal and not the previous one
        portal.waiting().until(d -> { ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("document.getElementById('messages').innerHTML = '';"); return true; });
        PortalPage.press(admin, "deactivateForm:confirm");
        waitForMessage(portal, refusal);

        admin.navigate().refresh();
        portal.waitForScripts();
        assertEquals("Global admin, Admin agent", rolesOf(admin, org.login()));
        assertEquals("Active", rowOf(admin, org.login()).findElement(By.className("cc-user-status")).getText());
        openRolesOf(portal, org.login());
        assertTrue(ticked(admin, "userForm:adminAgent") && ticked(admin, "userForm:globalAdmin"));
        List<WebElement> deactivate = rowOf(admin, org.login()).findElements(By.xpath(".//button[contains(@id,':deactivate')]"));
        assertEquals(1, deactivate.size(), "still active, so still offered");
    }
}
