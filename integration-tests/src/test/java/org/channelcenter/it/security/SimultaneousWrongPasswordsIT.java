package org.channelcenter.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.boundary.SignInResult.Outcome;
import org.channelcenter.directory.boundary.SignIns;
import org.channelcenter.directory.control.SignInFailures;
import org.channelcenter.directory.entity.OrganizationBuilder;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.directory.entity.UserAccountBuilder;
import org.channelcenter.it.support.Database;
import org.channelcenter.it.support.ServerEndpoints;
import org.channelcenter.it.support.Transactions;
import org.channelcenter.kernel.entity.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, point 9, concurrency: 40 simultaneous wrong passwords for one account from one guesser's address, through
 * the portal's sign-in mechanism. Every attempt is answered without an error (no 500) and audited as a refusal, and
 * the account ends locked for that address while its real user still signs in from elsewhere. (The same burst from
 * 40 addresses, each failure counted on the user row, is {@code SignInUnderAttackIT}.) The address is a random one
 * of 10/8, forwarded by the trusted local proxy, so the throttle it earns touches no other test.
 */
@ExtendWith(ArquillianExtension.class)
class SimultaneousWrongPasswordsIT {

    private static final int SIMULTANEOUS = 40;
    private static final String PASSWORD = "Correct-Horse-7";
    private static final Set<String> REFUSALS = Set.of("SIGN_IN_FAILED", "SIGN_IN_REFUSED_LOCKED", "SIGN_IN_THROTTLED");
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    SignIns signIns;

    @Inject
    SignInFailures signInFailures;

    @Inject
    SampleData samples;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Test
    void fortySimultaneousWrongPasswordsAreFortyAuditedRefusalsALockAndNoError() throws Exception {
        UserAccount user = Transactions.inTransaction(
                transaction,
                () -> samples.user(
                        samples.organization(OrganizationBuilder.reseller().named("Simultaneous Guesses")),
                        UserAccountBuilder.user("admin")
                                .roles(Role.GLOBAL_ADMIN, Role.ADMIN_AGENT)
                                .password(PASSWORD)));
        String guesser = randomAddress();
        String body = "op=events&login=" + URLEncoder.encode(user.getLoginName(), StandardCharsets.UTF_8)
                + "&password=wrong-password";
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(SIMULTANEOUS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < SIMULTANEOUS; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return ServerEndpoints.send(
                                    "127.0.0.1",
                                    "POST",
                                    "public/it-probe/audit-log",
                                    Map.of("X-Forwarded-For", guesser),
                                    body)
                            .status();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(List.of(401), statuses.stream().distinct().toList(), "every attempt refused, none an error");
        List<String> actions = new Database(dataSource)
                .strings("select action from audit_event where actor_login = ? order by id", user.getLoginName());
        assertEquals(
                SIMULTANEOUS, actions.stream().filter(REFUSALS::contains).count(), "every attempt audited: " + actions);
        assertTrue(actions.contains("ACCOUNT_LOCKED"), actions::toString);
        assertTrue(
                signInFailures.locked(user.getLoginName(), guesser, Instant.now()), "locked for the guesser's address");
        assertEquals(
                Outcome.SUCCEEDED,
                signIns.verify(user.getLoginName(), PASSWORD.toCharArray(), randomAddress())
                        .outcome(),
                "the real user, elsewhere, still signs in");
    }

    private static String randomAddress() {
        return "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    }
}
