package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.channelcenter.it.pages.AuditLogPage;
import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.UsersPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SignedInClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The data of the version 1 release (see {@link UpgradeIT}) is usable in the current release: its users sign in
 * with the passwords they chose then (hashes of that release's work factor, while this server hashes new ones with
 * another), an old reseller's admin sees the organization, its users and its old audit trail, and adds a user to the
 * old organization, which goes through tables that version 1 did not have (the set-password link, the outbox).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UpgradeBrowserIT {

    private static final String DOMAIN = "v1-reseller.channel.test";
    private static final String ADMIN = "admin@" + DOMAIN;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theOldResellersAdminSignsInSeesTheOrganizationAndAddsAUserToIt() {
        WebDriver browser = browsers.open("en", "UTC");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(ADMIN, "Legacy-Admin-2025!");
        DashboardPage.awaitShown(portal);
        DashboardPage dashboard = DashboardPage.shown(portal);
        assertEquals("Welcome, Ana Núñez · Ñandú Revenda Ltda. (Indirect reseller)", dashboard.welcome());

        UsersPage users = UsersPage.fromMenu(portal);
        assertEquals("Sales agent", users.rolesOf("sales@" + DOMAIN));
        assertEquals("Active", users.statusOf("sales@" + DOMAIN));
        assertEquals("Inactive", users.statusOf("former@" + DOMAIN));

        String userName = "nova.pessoa." + System.nanoTime();
        String email = userName + "@revenda.example";
        String login = userName + "@" + DOMAIN;
        users.addUser();
        users.newUser("Nova Pessoa", userName, email).newUserRole("helpdeskAgent");
        users.save();
        users.shell().awaitMessage("User " + login + " added.");
        users.awaitAdded();
        assertEquals("Helpdesk agent", users.rolesOf(login));
        assertEquals("Invitation sent", users.statusOf(login));
        String mail = Fixtures.latestMail(email, "user.invitation");
        assertNotNull(mail, "the new user's invitation is queued in the outbox");
        assertTrue(mail.contains(login), mail);

        // the organization's audit trail: the old release's events and the one just written
        AuditLogPage audit = AuditLogPage.openAccount(portal);
        audit.awaitEvents(List.of(
                "v1 event 1: sign-in", "v1 event 2: wrong password", "v1 event 3: locked après 5 tentatives", login));
        assertTrue(!audit.events().contains("v1 event 4"), "another organization's old event stays hidden");
        // the old release ran in UTC, so its times are UTC; this release shows them in the reader's zone (the
        // browser's, here UTC, while its server is in São Paulo), in the reader's language
        String oldSignIn = audit.eventWith("v1 event 1: sign-in");
        String shown = java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                        java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(java.util.Locale.ENGLISH)
                .withZone(java.time.ZoneOffset.UTC)
                .format(java.time.Instant.parse("2025-12-01T18:20:45.123Z"));
        assertTrue(oldSignIn.contains(shown), oldSignIn + " shows " + shown);
        assertTrue(portal.revealsNothingInternal());
    }

    @Test
    void oldUsersSignInWithTheirOldPasswordsAndAnOldDeactivationStillHolds() {
        // locked until a date long past, with failed attempts counted then: signs in
        SignedInClient.signIn("sales@" + DOMAIN, "Legacy-Agent-2025!");
        SignedInClient.signIn("staff@v1-operations.channel.test", "Legacy-Staff-2025!");
        assertThrows(IllegalStateException.class, () -> SignedInClient.signIn("admin@" + DOMAIN, "Legacy-Admin-2024!"));
        // deactivated in the old release, and its organization inactive: refused
        assertThrows(
                IllegalStateException.class,
                () -> SignedInClient.signIn("admin@v1-customer.channel.test", "Legacy-Staff-2025!"));
    }
}
