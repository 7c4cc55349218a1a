package org.channelcenter.directory.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

/**
 * Password hashes with the platform's PBKDF2 implementation (Jakarta Security), by default at OWASP's 2023 work
 * factor for PBKDF2-HMAC-SHA512. The parameters travel inside each stored hash, so changing the work factor
 * ({@code cc.password.iterations}) later still verifies old hashes: each is checked at the count it was made with.
 */
@ApplicationScoped
public class PasswordHashing {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512, and the default. */
    static final int RECOMMENDED_ITERATIONS = 210_000;

    /** The platform's floor (Liberty refuses fewer, CWWKS1934E); a lower setting is raised to it. */
    static final int LEAST_ITERATIONS = 1_024;

    private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());

    /**
     * The work factor for new hashes. A server whose operators weigh it against their hardware may change it; the
     * test server lowers it, because its tests create and sign in thousands of users.
     */
    @Inject
    @ConfigProperty(name = "cc.password.iterations", defaultValue = "210000")
    int iterations;

    /** A valid hash of a random password, verified against when no user matches, so timing reveals nothing. */
    private String decoyHash;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /**
     * Password checks done (real or decoy), on /metrics: the CPU a sign-in flood costs, and the proof that every
     * refused sign-in does the same work whatever the account's state.
     */
    @Inject
    @Metric(
            name = "sign_in.password_checks",
            absolute = true,
            description =
                    "Password hashes verified at sign-in, including decoy checks for unknown or unusable accounts")
    Counter checks;

    @PostConstruct
    void configure() {
        int used = Math.max(LEAST_ITERATIONS, iterations);
        if (used < RECOMMENDED_ITERATIONS) {
            LOG.warning(() -> "New passwords are hashed with " + used + " PBKDF2 iterations (cc.password.iterations),"
                    + " fewer than the " + RECOMMENDED_ITERATIONS + " recommended for production.");
        }
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(used),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    /**
     * Whether the password matches; without a stored hash (a user who never set one) the same work is done against
     * the decoy, so the answer takes as long as for a wrong password.
     */
    public boolean verify(char[] password, String storedHash) {
        if (storedHash == null) {
            verifyDecoy(password);
            return false;
        }
        checks.inc();
        return pbkdf2.verify(password, storedHash);
    }

    /** Spends the time of one verification, for a sign-in name that does not exist. */
    public void verifyDecoy(char[] password) {
        checks.inc();
        pbkdf2.verify(password == null ? new char[0] : password, decoyHash);
    }

    /** How many password checks this server has done since it started (real and decoy). */
    public long checksDone() {
        return checks.getCount();
    }
}
