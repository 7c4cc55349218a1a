package org.channelcenter.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.channelcenter.directory.entity.SignInSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-ins in force, one row per signed-in browser ({@link SignInSession}), in the database so that every
 * server sees a sign-out at once and a restart forgets nobody. A browser's token is 256 random bits; the table
 * keeps its SHA-256 only. A sign-in ends after {@code cc.signin.idle.minutes} without a request (as the HTTP
 * session does) and {@code cc.signin.hours} after it began, whatever happens.
 */
@ApplicationScoped
public class SignInSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cc.signin.idle.minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "cc.signin.hours", defaultValue = "12")
    int hours;

    /** Starts a sign-in of that user; the token the browser is to hold (never stored). */
    public String begin(String loginName, Instant now) {
        em.createNamedQuery(SignInSession.FORGET_ENDED_OF_USER)
                .setParameter("loginName", loginName)
                .setParameter("idleSince", now.minus(idleLimit()))
                .setParameter("now", now)
                .executeUpdate();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.persist(new SignInSession(hashOf(token), loginName, now, lifetime()));
        return token;
    }

    /**
     * The sign-in that token belongs to, if it still holds at {@code now} (its last-seen time moves on); one that
     * ended is deleted.
     */
    public Optional<SignInSession> live(String token, Instant now) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        SignInSession session = em.find(SignInSession.class, hashOf(token));
        if (session == null) {
            return Optional.empty();
        }
        if (!session.isLiveAt(now, idleLimit())) {
            em.remove(session);
            return Optional.empty();
        }
        session.seenAt(now);
        return Optional.of(session);
    }

    /** Ends the sign-in of that token, on every server. */
    public void end(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        SignInSession session = em.find(SignInSession.class, hashOf(token));
        if (session != null) {
            em.remove(session);
        }
    }

    /** Deletes the sign-ins that ended, in a transaction of its own; how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetEnded(Instant now) {
        return em.createNamedQuery(SignInSession.FORGET_ENDED)
                .setParameter("idleSince", now.minus(idleLimit()))
                .setParameter("now", now)
                .executeUpdate();
    }

    public Duration idleLimit() {
        return Duration.ofMinutes(Math.max(1, idleMinutes));
    }

    public Duration lifetime() {
        return Duration.ofHours(Math.max(1, hours));
    }

    static String hashOf(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
