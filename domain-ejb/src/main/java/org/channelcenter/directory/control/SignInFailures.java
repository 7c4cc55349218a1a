package org.channelcenter.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.channelcenter.directory.entity.SignInFailure;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The memory of refused sign-ins, by subject (a sign-in name, or a membership account) and client address
 * (ASVS V2.2). Two rules read it:
 * <ul>
 * <li>the <b>throttle</b>: an address with {@code cc.signin.address.failures} refusals within
 * {@code cc.signin.address.seconds} is answered "try again later" before any password hash is computed, so a
 * flood cannot burn the CPU;</li>
 * <li>the <b>lock</b>: a subject with {@code cc.signin.lock.failures} refusals from one address within
 * {@code cc.signin.lock.minutes} is locked for that address only, so a guesser elsewhere cannot keep the real
 * user out.</li>
 * </ul>
 * The enrollment wizard's anonymous directory-name check is throttled the same way: every check, free or taken, is
 * a row of the subject {@link SignInFailure#DOMAIN_CHECK}, and an address with {@code cc.enrollment.domain.checks}
 * of them within {@code cc.enrollment.domain.checks.seconds} is answered "try again later" (a name check is not a
 * refused sign-in, so it does not count towards the sign-in throttle).
 * Failures are inserted rows, never a counter updated in place: simultaneous attempts do not conflict, and none is
 * lost. Counts read under concurrency may let a few attempts past a limit, which the limits allow for.
 */
@ApplicationScoped
public class SignInFailures {

    /** What an attempt without a known address (no HTTP request) is counted under. */
    static final String NO_ADDRESS = "unknown";

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** Refusals per address within the throttle's window; generous, for offices behind one address. */
    @Inject
    @ConfigProperty(name = "cc.signin.address.failures", defaultValue = "30")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "cc.signin.address.seconds", defaultValue = "60")
    int addressSeconds;

    /** Refusals of one subject from one address before that address is locked out of it. */
    @Inject
    @ConfigProperty(name = "cc.signin.lock.failures", defaultValue = "5")
    int lockFailures;

    @Inject
    @ConfigProperty(name = "cc.signin.lock.minutes", defaultValue = "15")
    int lockMinutes;

    /** Directory-name checks per address within their window; a person trying names needs a handful. */
    @Inject
    @ConfigProperty(name = "cc.enrollment.domain.checks", defaultValue = "20")
    int domainChecks;

    @Inject
    @ConfigProperty(name = "cc.enrollment.domain.checks.seconds", defaultValue = "60")
    int domainCheckSeconds;

    /** Whether the address has used up its refusals for now: answer without checking any password. */
    public boolean throttled(String clientAddress, Instant now) {
        return em.createNamedQuery(SignInFailure.COUNT_FROM_ADDRESS, Long.class)
                        .setParameter("address", address(clientAddress))
                        .setParameter("since", now.minus(throttleWindow()))
                        .getSingleResult()
                >= addressLimit();
    }

    /** Whether the subject is locked for attempts from that address. */
    public boolean locked(String subject, String clientAddress, Instant now) {
        return em.createNamedQuery(SignInFailure.COUNT_OF_SUBJECT_FROM_ADDRESS, Long.class)
                        .setParameter("subject", subject)
                        .setParameter("address", address(clientAddress))
                        .setParameter("since", now.minus(lockDuration()))
                        .getSingleResult()
                >= lockLimit();
    }

    /** Refusals from one address within the window before it is throttled. */
    public int addressLimit() {
        return Math.max(1, addressFailures);
    }

    /** Refusals of one subject from one address before it is locked for that address. */
    public int lockLimit() {
        return Math.max(1, lockFailures);
    }

    /** How long a lock lasts after the failure that set it. */
    public Duration lockDuration() {
        return Duration.ofMinutes(Math.max(1, lockMinutes));
    }

    /**
     * Counts one directory-name check from the address, in a transaction of its own (a "taken" answer rolls the
     * caller's back, the check must stay counted); false, with nothing counted, when the address has used up its
     * checks for now.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean domainCheck(String clientAddress, Instant now) {
        long recent = em.createNamedQuery(SignInFailure.COUNT_OF_SUBJECT_FROM_ADDRESS, Long.class)
                .setParameter("subject", SignInFailure.DOMAIN_CHECK)
                .setParameter("address", address(clientAddress))
                .setParameter("since", now.minus(domainCheckWindow()))
                .getSingleResult();
        if (recent >= domainCheckLimit()) {
            return false;
        }
        em.persist(new SignInFailure(SignInFailure.DOMAIN_CHECK, address(clientAddress), now));
        return true;
    }

    /** Directory-name checks from one address within the window before it is throttled. */
    public int domainCheckLimit() {
        return Math.max(1, domainChecks);
    }

    public void failed(String subject, String clientAddress, Instant now) {
        em.persist(new SignInFailure(subject, address(clientAddress), now));
    }

    /** A successful sign-in from the address forgets that address's earlier failures for the subject. */
    public void succeeded(String subject, String clientAddress) {
        em.createNamedQuery(SignInFailure.FORGET_SUBJECT_FROM_ADDRESS)
                .setParameter("subject", subject)
                .setParameter("address", address(clientAddress))
                .executeUpdate();
    }

    /**
     * Deletes the failures and checks no rule reads any more (older than the lock and every throttle's window), in
     * a transaction of its own; how many.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetExpired(Instant now) {
        Duration kept = Collections.max(List.of(lockDuration(), throttleWindow(), domainCheckWindow()));
        return em.createNamedQuery(SignInFailure.FORGET_OLDER_THAN)
                .setParameter("before", now.minus(kept))
                .executeUpdate();
    }

    private Duration throttleWindow() {
        return Duration.ofSeconds(Math.max(1, addressSeconds));
    }

    private Duration domainCheckWindow() {
        return Duration.ofSeconds(Math.max(1, domainCheckSeconds));
    }

    private static String address(String clientAddress) {
        return clientAddress == null || clientAddress.isBlank() ? NO_ADDRESS : clientAddress;
    }
}
