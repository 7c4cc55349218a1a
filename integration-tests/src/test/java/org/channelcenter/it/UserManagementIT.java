package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.boundary.NewUser;
import org.channelcenter.directory.boundary.PasswordSetups;
import org.channelcenter.directory.boundary.Users;
import org.channelcenter.directory.control.PasswordHashing;
import org.channelcenter.directory.control.UserAccountRepository;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.OrganizationBuilder;
import org.channelcenter.directory.entity.PasswordSetup;
import org.channelcenter.directory.entity.PasswordSetupRefusedException;
import org.channelcenter.directory.entity.PasswordSetupRefusedException.Reason;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.directory.entity.UserAccountBuilder;
import org.channelcenter.it.support.Database;
import org.channelcenter.it.support.Transactions;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.SecureToken;
import org.channelcenter.kernel.entity.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, against the real database: set-password links (single use, expiry, nothing changed on
 * refusal, audited), the admin count behind the last-admin rule, and User management refusing anonymous
 * callers. (Signed-in behaviour of the Users boundary is shown by UserManagementBrowserIT.)
 */
@ExtendWith(ArquillianExtension.class)
class UserManagementIT {

    private static final String PASSWORD = "A-Long-Enough-Password";

    @EJB
    PasswordSetups passwordSetups;

    @EJB
    Users users;

    @Inject
    SampleData samples;

    @Inject
    UserAccountRepository repository;

    @Inject
    PasswordHashing hashing;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    /** A reseller with an admin and a user who has no password yet and a link created at {@code createdAt}. */
    private Invited invite(Instant createdAt) throws Exception {
        SecureToken token = SecureToken.generate();
        UserAccount user = Transactions.inTransaction(transaction, () -> {
            Organization organization =
                    samples.organization(OrganizationBuilder.reseller().named("Set-password Test"));
            samples.user(organization, UserAccountBuilder.user("admin").roles(Role.GLOBAL_ADMIN));
            return samples.invitedUser(
                    organization, UserAccountBuilder.user("invited").roles(Role.SALES_AGENT), token.hash(), createdAt);
        });
        return new Invited(user.getLoginName(), user.getId(), token.value());
    }

    private record Invited(String login, long id, String token) {}

    private String storedHash(long userId) throws Exception {
        return new Database(dataSource)
                .strings("select password_hash from app_user where id = ?", userId)
                .get(0);
    }

    @Test
    void aLinkSetsThePasswordOnceAndIsAudited() throws Exception {
        Invited invited = invite(Instant.now());

        assertEquals(invited.login(), passwordSetups.loginNameFor(invited.token()));
        assertEquals(invited.login(), passwordSetups.setPassword(invited.token(), PASSWORD));

        String hash = storedHash(invited.id());
        assertTrue(hashing.verify(PASSWORD.toCharArray(), hash));
        PasswordSetupRefusedException again = assertThrows(
                PasswordSetupRefusedException.class,
                () -> passwordSetups.setPassword(invited.token(), "Another-Long-Password"));
        assertEquals(Reason.USED, again.reason());
        assertEquals(hash, storedHash(invited.id()), "the reused link changed nothing");
        assertEquals(
                List.of("PASSWORD_SET", "ACCESS_DENIED"),
                new Database(dataSource)
                        .strings("select action from audit_event where target = ? order by id", invited.login()),
                "the used link's refusal is audited against its user");
        assertEquals(
                1,
                new Database(dataSource)
                        .count(
                                "select count(*) from password_setup where user_id = ? and used_at is not null",
                                invited.id()));
    }

    @Test
    void anExpiredOrUnknownLinkChangesNothingAndIsAudited() throws Exception {
        Invited expired = invite(Instant.now().minus(PasswordSetup.LIFETIME).minus(Duration.ofMinutes(1)));
        String unknownLinks = "select count(*) from audit_event where action = 'ACCESS_DENIED'"
                + " and target = 'set-password link' and details = 'refused: UNKNOWN'";
        long unknownBefore = new Database(dataSource).count(unknownLinks);

        assertEquals(
                Reason.EXPIRED,
                assertThrows(
                                PasswordSetupRefusedException.class,
                                () -> passwordSetups.setPassword(expired.token(), PASSWORD))
                        .reason());
        assertEquals(
                Reason.UNKNOWN,
                assertThrows(PasswordSetupRefusedException.class, () -> passwordSetups.loginNameFor("no-such-token"))
                        .reason());
        assertEquals(
                Reason.UNKNOWN,
                assertThrows(PasswordSetupRefusedException.class, () -> passwordSetups.setPassword(null, PASSWORD))
                        .reason());
        assertEquals(null, storedHash(expired.id()));
        assertEquals(
                List.of("ACCESS_DENIED|set-password link refused: EXPIRED"),
                new Database(dataSource)
                        .strings(
                                "select action || '|' || details from audit_event where target = ? order by id",
                                expired.login()));
        assertEquals(unknownBefore + 2, new Database(dataSource).count(unknownLinks), "both unknown links");
    }

    @Test
    void aTooShortPasswordIsRefusedAndTheLinkStaysUsable() throws Exception {
        Invited invited = invite(Instant.now());

        assertThrows(EJBException.class, () -> passwordSetups.setPassword(invited.token(), "short"));

        assertEquals(invited.login(), passwordSetups.loginNameFor(invited.token()));
    }

    @Test
    void onlyOtherActiveAdminsCountTowardsTheLastAdminRule() throws Exception {
        long[] ids = Transactions.inTransaction(transaction, () -> {
            Organization organization =
                    samples.organization(OrganizationBuilder.reseller().named("Admin Count Test"));
            UserAccount admin = samples.user(
                    organization, UserAccountBuilder.user("admin").roles(Role.GLOBAL_ADMIN, Role.ADMIN_AGENT));
            samples.user(organization, UserAccountBuilder.user("helpdesk").roles(Role.HELPDESK_AGENT));
            UserAccount formerAdmin =
                    samples.user(organization, UserAccountBuilder.user("former").roles(Role.ADMIN_AGENT));
            formerAdmin.deactivate(1);
            UserAccount agent =
                    samples.user(organization, UserAccountBuilder.user("agent").roles(Role.ADMIN_AGENT));
            return new long[] {organization.getId(), admin.getId(), agent.getId()};
        });
        Organization elsewhere = Transactions.inTransaction(transaction, () -> {
            Organization other =
                    samples.organization(OrganizationBuilder.reseller().named("Admin Count Other"));
            samples.user(other, UserAccountBuilder.user("admin").roles(Role.GLOBAL_ADMIN));
            return other;
        });

        assertEquals(1, repository.countOtherActiveAdmins(ids[0], ids[1]), "the agent; not the inactive one");
        assertEquals(1, repository.countOtherActiveAdmins(ids[0], ids[2]), "the admin");
        assertEquals(
                1,
                repository.countOtherActiveAdmins(elsewhere.getId(), -1L),
                "another organization counts only its own admin");
    }

    @Test
    void userManagementRefusesAnonymousCallers() {
        assertThrows(EJBAccessException.class, () -> users.count(null));
        assertThrows(EJBAccessException.class, () -> users.find(PageRequest.of(0, 10)));
        assertThrows(
                EJBAccessException.class,
                () -> users.add(new NewUser("x", "X", "x@example.com", Set.of(Role.SALES_AGENT), Locale.ENGLISH)));
        assertThrows(EJBAccessException.class, () -> users.changeRoles(1L, 0L, Set.of()));
        assertThrows(EJBAccessException.class, () -> users.deactivate(1L, 0L));
    }
}
