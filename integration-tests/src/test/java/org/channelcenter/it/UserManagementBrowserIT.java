package org.channelcenter.it;

import static org.channelcenter.it.support.ProbeAnswers.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.ErrorPage;
import org.channelcenter.it.pages.SetPasswordPage;
import org.channelcenter.it.pages.UsersPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

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

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    private WebDriver admin;
    private WebDriver other;

    private UsersPage signInAndOpenUserManagement(String login) {
        admin = browsers.open("en");
        PortalPage portal = new PortalPage(admin);
        portal.signIn(login, Fixtures.PASSWORD);
        return UsersPage.fromMenu(portal);
    }

    private static String domainOf(String login) {
        return login.substring(login.indexOf('@') + 1);
    }

    @Test
    void anAdminAddsAUserWhoChoosesAPasswordOnceAndSignsIn() {
        Fixtures.Created org = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        UsersPage users = signInAndOpenUserManagement(org.login());
        String email = "new.user." + System.nanoTime() + "@mail.example";
        String login = "new.user@" + domainOf(org.login());

        users.addUser();
        assertEquals("@" + domainOf(org.login()), users.userNameDomain());
        users.save();
        users.awaitUserNameMessage("Enter a user name.");

        users.newUser("New User", "New.User", email).newUserRole("salesAgent");
        users.save();

        users.shell().awaitMessage("User " + login + " added.");
        users.awaitAdded();
        assertEquals("Sales agent", users.rolesOf(login));
        assertEquals("Invitation sent", users.statusOf(login));

        // the same user name again: refused at the field, nothing added
        users.addUser().awaitEmptyForm();
        users.newUser("Someone Else", "new.user", "someone.else@mail.example");
        users.save();
        users.awaitUserNameMessage("already taken");
        assertEquals(1, users.rowsOf(login));

        // the link as the new user receives it: the outbox itself keeps no readable link
        String mail = smtp.awaitMailTo(email).body();
        assertTrue(mail.contains(login), mail);
        String link = Fixtures.linkIn(mail);
        assertTrue(link.startsWith(SetPasswordPage.linkPrefix(Fixtures.baseUrl())), link);

        other = browsers.open("en");
        PortalPage newUser = new PortalPage(other);
        SetPasswordPage setPassword = SetPasswordPage.follow(newUser, link);
        assertTrue(setPassword.intro().contains(login));
        setPassword.password("too-short", "too-short").save();
        setPassword.awaitPasswordMessage("at least 12 characters");
        setPassword.password(NEW_PASSWORD, NEW_PASSWORD).save();
        assertTrue(setPassword.doneText().contains(login));

        SetPasswordPage used = SetPasswordPage.follow(newUser, link);
        assertEquals(
                "This link has already been used: each link works only once. If you did not set the password"
                        + " yourself, tell an administrator of your organization.",
                used.refusal());
        assertTrue(!used.hasForm(), "no form for a used link");

        newUser.signIn(login, NEW_PASSWORD);
        DashboardPage.awaitShown(newUser);
        assertTrue(DashboardPage.shown(newUser).welcome().contains("New User"));
        assertTrue(!UsersPage.inMenu(newUser), "a sales agent is no admin");
    }

    @Test
    void aUserBeyondTheDaysInvitationMailsIsRefusedAtThePageAndNotAdded() {
        Fixtures.Created org = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        assertOk(Fixtures.probe("public/it-probe/abuse-limits", org.login(), "spendInvitationMails"));
        UsersPage users = signInAndOpenUserManagement(org.login());
        String login = "beyond.limit@" + domainOf(org.login());

        users.addUser().newUser("Beyond Limit", "beyond.limit", "beyond." + System.nanoTime() + "@mail.example");
        users.newUserRole("salesAgent");
        users.save();
        users.shell()
                .awaitMessage("Your organization has sent as many invitation emails through the platform as it may in"
                        + " one day, so this one was not sent.");
        assertEquals(0, users.reload().rowsOf(login), "nobody was added");
    }

    @Test
    void anUnknownSetPasswordLinkIsRefusedPlainly() {
        other = browsers.open("pt-BR");
        SetPasswordPage page = SetPasswordPage.open(new PortalPage(other), "not-a-real-token");
        assertTrue(page.refusal().startsWith("Este link não é válido."));
        assertTrue(page.revealsNothingInternal());
    }

    @Test
    void anAdminGrantsAdminAgentWithUpdateAndItSticks() {
        Fixtures.Created org = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 1);
        String helpdesk = "user1@" + domainOf(org.login());
        UsersPage users = signInAndOpenUserManagement(org.login());
        assertEquals("Helpdesk agent", users.rolesOf(helpdesk));

        users.editRoles(helpdesk);
        assertTrue(users.hasRole("helpdeskAgent"));
        users.role("adminAgent").update();

        users.shell().awaitMessage("The roles of " + helpdesk + " were updated.");
        users.awaitRoles(helpdesk, "Admin agent, Helpdesk agent");
        users.reload();
        assertEquals("Admin agent, Helpdesk agent", users.rolesOf(helpdesk));

        other = browsers.open("en");
        PortalPage promoted = new PortalPage(other);
        promoted.signIn(helpdesk, Fixtures.PASSWORD);
        assertTrue(UsersPage.fromMenu(promoted).users().contains(org.login()));
    }

    @Test
    void aHelpdeskAgentHasNoMenuEntryAndGetsThe403Page() {
        Fixtures.Created org = Fixtures.organization("RESELLER", "HELPDESK_AGENT", 0);
        admin = browsers.open("en");
        PortalPage portal = new PortalPage(admin);
        portal.signIn(org.login(), Fixtures.PASSWORD);
        portal.waitForScripts();
        assertTrue(!UsersPage.inMenu(portal));

        UsersPage refused = UsersPage.open(portal);

        assertEquals("Access denied", new ErrorPage(portal).title());
        assertTrue(!refused.hasUsers(), "no user data");
        assertTrue(portal.revealsNothingInternal());
    }

    @Test
    void theLastAdminCannotRemoveTheirOwnAdminRightsOrDeactivateThemselves() {
        Fixtures.Created org = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 1);
        UsersPage users = signInAndOpenUserManagement(org.login());
        String refusal = "You are the last active administrator of your organization";

        users.editRoles(org.login());
        assertTrue(users.hasRole("adminAgent"));
        users.role("adminAgent").role("globalAdmin").update();
        users.shell().awaitMessage(refusal);
        assertEquals("Global admin, Admin agent", users.rolesOf(org.login()));

        assertTrue(users.deactivate(org.login()).contains(org.login()));
        // a fresh message, so the wait below sees this refusal and not the previous one
        users.shell().clearMessages();
        users.confirmDeactivate();
        users.shell().awaitMessage(refusal);

        users.reload();
        assertEquals("Global admin, Admin agent", users.rolesOf(org.login()));
        assertEquals("Active", users.statusOf(org.login()));
        users.editRoles(org.login());
        assertTrue(users.hasRole("adminAgent") && users.hasRole("globalAdmin"));
        assertEquals(1, users.deactivateButtons(org.login()), "still active, so still offered");
    }
}
