package org.channelcenter.it.support;

import jakarta.transaction.UserTransaction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.entity.OrganizationBuilder;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.directory.entity.UserAccountBuilder;
import org.channelcenter.kernel.entity.Role;

/**
 * Simultaneous wrong passwords for one account, through the portal's own sign-in mechanism (a probe that signs in
 * for its one request), each attempt from the address a supplier gives and the trusted local proxy forwards: what
 * {@code SignInUnderAttackIT} (many addresses) and {@code SimultaneousWrongPasswordsIT} (one guesser) share.
 * Addresses are random ones of 10/8, so the throttle and locks a burst earns touch no other test.
 */
public final class WrongPasswordBurst {

    /** The right password of {@link #newResellerAdmin}'s user. */
    public static final String PASSWORD = "Correct-Horse-7";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WrongPasswordBurst() {}

    /** A new reseller named so, with one global admin whose password is {@link #PASSWORD}. */
    public static UserAccount newResellerAdmin(SampleData samples, UserTransaction transaction, String organization)
            throws Exception {
        return Transactions.inTransaction(
                transaction,
                () -> samples.user(
                        samples.organization(OrganizationBuilder.reseller().named(organization)),
                        UserAccountBuilder.user("admin")
                                .roles(Role.GLOBAL_ADMIN, Role.ADMIN_AGENT)
                                .password(PASSWORD)));
    }

    /**
     * {@code attempts} wrong passwords for {@code login}, released at one moment, each from the address
     * {@code from} gives; the HTTP status of each answer.
     */
    public static List<Integer> send(String login, int attempts, Supplier<String> from) throws Exception {
        String body =
                "op=events&login=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=wrong-password";
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String client = from.get();
                answers.add(pool.submit(() -> {
                    start.await();
                    return ServerEndpoints.send(
                                    "127.0.0.1",
                                    "POST",
                                    "public/it-probe/audit-log",
                                    Map.of("X-Forwarded-For", client),
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
        return statuses;
    }

    /** An address in 10/8 nobody else uses: failures from earlier runs or other tests never count against it. */
    public static String randomAddress() {
        return "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    }
}
