package org.channelcenter.directory.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.control.PasswordHashing;
import org.channelcenter.directory.control.SignInFailures;
import org.channelcenter.directory.control.SignInSessions;
import org.channelcenter.directory.control.UserAccountRepository;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.entity.Role;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

/**
 * Checks sign-in credentials for the identity store. Every attempt is audited with the client's address. An
 * address with too many recent refusals is answered "try again later" before any password is checked; every other
 * answer checks a password hash (the user's or a decoy), so an unknown, locked, inactive or not yet activated
 * account answers in the time of a wrong password. Repeated failures lock the account for the address they came
 * from only ({@link SignInFailures}), so a guesser cannot keep the real user out; all refusals look alike to the
 * person signing in.
 */
@Stateless
@PermitAll
public class SignIns {

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHashing hashing;

    @Inject
    SignInFailures signInFailures;

    @Inject
    SignInSessions sessions;

    @Inject
    AuditTrail audit;

    /** Refused attempts, whatever the reason, on the server's /metrics: a sudden rise is someone guessing. */
    @Inject
    @Metric(
            name = "sign_in.failures",
            absolute = true,
            description = "Sign-in attempts refused: unknown name, wrong password, inactive or locked user, throttled")
    Counter failures;

    /**
     * Checks one attempt. Its own transaction: the failure, lock and audit event stay recorded even when a caller
     * (e.g. the enrollment wizard) rolls back its own work after a refusal. Nothing here updates the user row under
     * its version, so simultaneous attempts are each counted and audited.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInResult verify(String loginName, char[] password, String clientAddress) {
        Instant now = Instant.now();
        String name = UserAccount.normalizeLoginName(loginName);
        if (signInFailures.throttled(clientAddress, now)) {
            audit.recordAs(
                    name,
                    null,
                    AuditAction.SIGN_IN_THROTTLED,
                    name,
                    "too many failures from the address",
                    clientAddress);
            failures.inc();
            return SignInResult.refused(SignInResult.Outcome.THROTTLED);
        }
        Optional<UserAccount> found = users.byLoginName(name);
        if (found.isEmpty()) {
            hashing.verifyDecoy(password);
            signInFailures.failed(name, clientAddress, now);
            audit.recordAs(name, null, AuditAction.SIGN_IN_FAILED, name, "unknown sign-in name", clientAddress);
            failures.inc();
            return SignInResult.refused(SignInResult.Outcome.INVALID_CREDENTIALS);
        }
        UserAccount user = found.get();
        Long organizationId = user.getOrganization().getId();
        // checked whatever the account's state, so that the state cannot be told from the time taken
        boolean rightPassword = hashing.verify(password, user.getPasswordHash());
        if (user.isLockedAt(now) || signInFailures.locked(name, clientAddress, now)) {
            audit.recordAs(
                    name,
                    organizationId,
                    AuditAction.SIGN_IN_REFUSED_LOCKED,
                    name,
                    "locked for " + clientAddress,
                    clientAddress);
            failures.inc();
            return SignInResult.refused(SignInResult.Outcome.LOCKED);
        }
        if (!user.canSignInAt(now) || !rightPassword) {
            users.countFailedSignIn(user.getId());
            signInFailures.failed(name, clientAddress, now);
            audit.recordAs(
                    name, organizationId, AuditAction.SIGN_IN_FAILED, name, whyRefused(user, now), clientAddress);
            if (signInFailures.locked(name, clientAddress, now)) {
                audit.recordAs(
                        name,
                        organizationId,
                        AuditAction.ACCOUNT_LOCKED,
                        name,
                        "locked for " + clientAddress + " until " + now.plus(signInFailures.lockDuration()),
                        clientAddress);
            }
            failures.inc();
            return SignInResult.refused(SignInResult.Outcome.INVALID_CREDENTIALS);
        }
        users.detach(user);
        user.recordSuccessfulSignIn(now);
        users.saveSignInBookkeeping(user);
        signInFailures.succeeded(name, clientAddress);
        audit.recordAs(name, organizationId, AuditAction.SIGN_IN_SUCCEEDED, name, null, clientAddress);
        return new SignInResult(
                SignInResult.Outcome.SUCCEEDED,
                user.getLoginName(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    private static String whyRefused(UserAccount user, Instant now) {
        if (user.canSignInAt(now)) {
            return "wrong password";
        }
        if (!user.isActive()) {
            return "inactive user";
        }
        return user.getPasswordHash() == null ? "password not set up" : "organization inactive";
    }

    /**
     * Starts the sign-in of one browser for a user whom {@link #verify} has just accepted; the token that browser
     * is to hold. Each sign-in has its own token, so signing out one browser leaves the user's others signed in.
     */
    public String beginSession(String loginName) {
        return sessions.begin(UserAccount.normalizeLoginName(loginName), Instant.now());
    }

    /** Whether the browser holding that token is still signed in: not signed out, not idle too long, not ended. */
    public boolean sessionHolds(String token) {
        return sessions.live(token, Instant.now()).isPresent();
    }

    /**
     * The user that token signed in, with the roles the database gives now, when the sign-in still holds and the
     * user may still sign in: how a browser stays signed in on a server that has not seen its HTTP session (after
     * a restart, or on another server).
     */
    public Optional<SignInResult> resumeSession(String token) {
        Instant now = Instant.now();
        return sessions.live(token, now)
                .flatMap(session -> users.byLoginName(session.getLoginName()))
                .filter(user -> user.canSignInAt(now))
                .map(user -> new SignInResult(
                        SignInResult.Outcome.SUCCEEDED,
                        user.getLoginName(),
                        user.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet())));
    }

    /** Ends the sign-in of the browser holding that token, on every server; the user's other sign-ins go on. */
    public void endSession(String token) {
        sessions.end(token);
    }

    /** Audits a sign-out by the current caller. */
    public void recordSignOut() {
        audit.record(AuditAction.SIGNED_OUT, null, null);
    }
}
