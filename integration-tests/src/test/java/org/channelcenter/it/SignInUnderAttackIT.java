package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.boundary.SignInResult;
import org.channelcenter.directory.boundary.SignInResult.Outcome;
import org.channelcenter.directory.boundary.SignIns;
import org.channelcenter.directory.control.PasswordHashing;
import org.channelcenter.directory.control.SignInFailures;
import org.channelcenter.directory.entity.OrganizationBuilder;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.directory.entity.UserAccountBuilder;
import org.channelcenter.enrollment.boundary.Enrollments;
import org.channelcenter.enrollment.boundary.ProfileChoice;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason;
import org.channelcenter.it.support.Database;
import org.channelcenter.it.support.Transactions;
import org.channelcenter.it.support.WrongPasswordBurst;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.membership.entity.MembershipAccount;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in under attack (issue 15, ASVS V2.2): simultaneous wrong passwords are each counted and audited; every
 * refusal but the throttle checks a password hash, whatever the account's state; repeated failures lock the account
 * only for the address they came from; an address with too many failures is throttled before any hash is computed;
 * the enrollment wizard's membership sign-in follows the same rules. Each test uses its own random client addresses
 * (forwarded by the trusted local proxy, or given to the boundary), so no other test's failures count.
 */
@ExtendWith(ArquillianExtension.class)
class SignInUnderAttackIT {

    private static final String PASSWORD = WrongPasswordBurst.PASSWORD;

    private static final int SIMULTANEOUS = 40;

    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    SignIns signIns;

    @EJB
    Enrollments enrollments;

    @Inject
    PasswordHashing hashing;

    @Inject
    SignInFailures signInFailures;

    @Inject
    SampleData samples;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Test
    void simultaneousWrongPasswordsAreEachCountedAndAudited() throws Exception {
        UserAccount user = newResellerAdmin();
        // each from its own address, as a distributed guesser would: no lock or throttle gets in the way
        List<Integer> statuses =
                WrongPasswordBurst.send(user.getLoginName(), SIMULTANEOUS, WrongPasswordBurst::randomAddress);

        assertEquals(List.of(401), statuses.stream().distinct().toList(), statuses::toString);
        List<String> actions = auditedActionsFor(user.getLoginName());
        assertEquals(
                SIMULTANEOUS, actions.stream().filter("SIGN_IN_FAILED"::equals).count(), actions::toString);
        assertEquals(
                SIMULTANEOUS,
                database().count("select failed_sign_ins from app_user where id = ?", user.getId()),
                "every failure counted on the user");
    }

    @Test
    void everyRefusalChecksOnePasswordHashWhateverTheAccountsState() throws Exception {
        String from = randomAddress();
        UserAccount active = newResellerAdmin();
        UserAccount locked = newResellerAdmin();
        UserAccount inactive = newResellerAdmin();
        database().update("update app_user set active = ? where id = ?", false, inactive.getId());
        UserAccount notActivated = Transactions.inTransaction(
                transaction,
                () -> samples.invitedUser(
                        samples.organization(OrganizationBuilder.reseller().named("Sign-in Attack Invited")),
                        UserAccountBuilder.user("invited").roles(Role.SALES_AGENT),
                        "token-" + System.nanoTime(),
                        Instant.now()));
        for (int i = 0; i < lockFailures(); i++) {
            signIns.verify(locked.getLoginName(), "wrong".toCharArray(), from);
        }

        assertEquals(1, checksFor(active.getLoginName(), "wrong", from), "wrong password");
        assertEquals(1, checksFor(locked.getLoginName(), PASSWORD, from), "locked");
        assertEquals(1, checksFor(inactive.getLoginName(), PASSWORD, from), "inactive");
        assertEquals(1, checksFor(notActivated.getLoginName(), PASSWORD, from), "not yet activated");
        assertEquals(1, checksFor("nobody-" + System.nanoTime() + "@attack.channel.test", PASSWORD, from), "unknown");
    }

    @Test
    void repeatedFailuresLockTheAccountOnlyForTheAddressTheyCameFrom() throws Exception {
        UserAccount user = newResellerAdmin();
        String guesser = randomAddress();
        for (int i = 0; i < lockFailures(); i++) {
            assertEquals(Outcome.INVALID_CREDENTIALS, verify(user, "wrong-" + i, guesser));
        }

        assertEquals(Outcome.LOCKED, verify(user, PASSWORD, guesser), "the guesser's address is locked out");
        assertEquals(Outcome.SUCCEEDED, verify(user, PASSWORD, randomAddress()), "the real user is not");
        List<String> actions = auditedActionsFor(user.getLoginName());
        assertTrue(actions.contains("ACCOUNT_LOCKED"), actions::toString);
        assertTrue(actions.contains("SIGN_IN_REFUSED_LOCKED"), actions::toString);
        assertEquals("SIGN_IN_SUCCEEDED", actions.get(actions.size() - 1));
    }

    @Test
    void aFloodFromOneAddressIsThrottledBeforeAnyPasswordIsChecked() throws Exception {
        UserAccount user = newResellerAdmin();
        String flooder = randomAddress();
        for (int i = 0; i < addressFailures(); i++) {
            signIns.verify("nobody-" + i + "-" + System.nanoTime() + "@flood.channel.test", "x".toCharArray(), flooder);
        }

        long before = hashing.checksDone();
        assertEquals(Outcome.THROTTLED, verify(user, PASSWORD, flooder), "even the right password waits");
        assertEquals(before, hashing.checksDone(), "no hash computed for a throttled attempt");
        assertEquals(List.of("SIGN_IN_THROTTLED"), auditedActionsFor(user.getLoginName()));
        assertEquals(List.of(flooder), auditedAddressesFor(user.getLoginName()));
        assertEquals(Outcome.SUCCEEDED, verify(user, PASSWORD, randomAddress()), "other addresses are not throttled");
        assertEquals(
                Reason.SIGN_IN_THROTTLED,
                assertThrows(
                                EnrollmentRefusedException.class,
                                () -> enrollments.membershipProfiles("anyone", PASSWORD, "US", flooder))
                        .reason(),
                "the enrollment wizard's sign-in is throttled too");
    }

    @Test
    void theMembershipSignInLocksPerAddressAndAuditsTheAddress() throws Exception {
        String userName = newMembershipAccount();
        String guesser = randomAddress();
        for (int i = 0; i < lockFailures(); i++) {
            assertEquals(Reason.MEMBERSHIP_SIGN_IN_FAILED, membershipRefusal(userName, "wrong-" + i, guesser));
        }

        assertEquals(
                Reason.MEMBERSHIP_SIGN_IN_FAILED,
                membershipRefusal(userName, PASSWORD, guesser),
                "the right password, from the guesser's address, is refused: locked");
        String owner = randomAddress();
        List<ProfileChoice> profiles = enrollments.membershipProfiles(userName, PASSWORD, "US", owner);
        assertEquals(1, profiles.size(), "the real owner, elsewhere, still signs in");
        List<String> actions = auditedActionsFor(userName);
        assertEquals(
                lockFailures(),
                actions.stream().filter("SIGN_IN_FAILED"::equals).count(),
                actions::toString);
        assertTrue(actions.contains("ACCOUNT_LOCKED"), actions::toString);
        assertTrue(actions.contains("SIGN_IN_REFUSED_LOCKED"), actions::toString);
        assertEquals(
                List.of("SIGN_IN_SUCCEEDED"),
                actions.subList(actions.size() - 1, actions.size()),
                "the owner's successful sign-in is audited too");
        assertEquals(
                List.of(guesser, owner),
                auditedAddressesFor(userName).stream().distinct().toList(),
                "each attempt with the address it came from");
    }

    @Test
    void failuresNoRuleReadsAnyMoreAreForgotten() throws Exception {
        String longAgo = randomAddress();
        String lately = randomAddress();
        database()
                .update(
                        "insert into sign_in_failure (subject, client_address, failed_at) values (?, ?, ?)",
                        "nobody@expired.channel.test",
                        longAgo,
                        Timestamp.from(Instant.now().minus(Duration.ofDays(2))));
        signIns.verify("nobody-" + System.nanoTime() + "@recent.channel.test", "x".toCharArray(), lately);

        signInFailures.forgetExpired(Instant.now());

        assertEquals(0, failuresFrom(longAgo));
        assertEquals(1, failuresFrom(lately));
    }

    private long failuresFrom(String address) throws Exception {
        return database().count("select count(*) from sign_in_failure where client_address = ?", address);
    }

    private Outcome verify(UserAccount user, String password, String from) {
        SignInResult result = signIns.verify(user.getLoginName(), password.toCharArray(), from);
        return result.outcome();
    }

    private long checksFor(String login, String password, String from) {
        long before = hashing.checksDone();
        assertFalse(signIns.verify(login, password.toCharArray(), from).succeeded());
        return hashing.checksDone() - before;
    }

    private Reason membershipRefusal(String userName, String password, String from) {
        return assertThrows(
                        EnrollmentRefusedException.class,
                        () -> enrollments.membershipProfiles(userName, password, "US", from))
                .reason();
    }

    private UserAccount newResellerAdmin() throws Exception {
        return WrongPasswordBurst.newResellerAdmin(samples, transaction, "Sign-in Attack Reseller");
    }

    private String newMembershipAccount() throws Exception {
        String userName = "it-attack-" + Long.toString(Math.abs(RANDOM.nextLong()), 36);
        String networkId = Long.toString(1_000_000_000L + Math.floorMod(RANDOM.nextLong(), 8_999_999_999L));
        Transactions.inTransaction(transaction, () -> {
            MembershipAccount account = samples.membershipAccount(userName, PASSWORD);
            return samples.profile(account, networkId, "Legal " + userName, "US", true);
        });
        return userName;
    }

    private static String randomAddress() {
        return WrongPasswordBurst.randomAddress();
    }

    private int lockFailures() {
        return signInFailures.lockLimit();
    }

    private int addressFailures() {
        return signInFailures.addressLimit();
    }

    private Database database() {
        return new Database(dataSource);
    }

    private List<String> auditedActionsFor(String login) throws Exception {
        return database().strings("select action from audit_event where actor_login = ? order by id", login);
    }

    private List<String> auditedAddressesFor(String login) throws Exception {
        return database().strings("select client_address from audit_event where actor_login = ? order by id", login);
    }
}
