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
import org.channelcenter.directory.control.UserAccountRepository;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.entity.Role;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

/**
 * Checks sign-in credentials for the identity store. Every attempt is audited; consecutive failures lock
 * the account for a while; an unknown name costs the same time as a wrong password, and all refusals look
 * alike to the person signing in.
 */
@Stateless
@PermitAll
public class SignIns {

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    /** Refused attempts, whatever the reason, on the server's /metrics: a sudden rise is someone guessing. */
    @Inject
    @Metric(
            name = "sign_in.failures",
            absolute = true,
            description = "Sign-in attempts refused: unknown name, wrong password, inactive or locked user")
    Counter failures;

    /**
     * Checks one attempt. Its own transaction: the failure count, lock and audit event stay recorded even
     * when a caller (e.g. the enrollment wizard) rolls back its own work after a refusal.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInResult verify(String loginName, char[] password, String clientAddress) {
        Instant now = Instant.now();
        String name = UserAccount.normalizeLoginName(loginName);
        Optional<UserAccount> found = users.byLoginName(name);
        if (found.isEmpty()) {
            hashing.verifyDecoy(password);
            audit.recordAs(name, null, AuditAction.SIGN_IN_FAILED, name, "unknown sign-in name", clientAddress);
            failures.inc();
            return SignInResult.refused(SignInResult.Outcome.INVALID_CREDENTIALS);
        }
        UserAccount user = found.get();
        Long organizationId = user.getOrganization().getId();
        if (user.isLockedAt(now)) {
            audit.recordAs(
                    name,
                    organizationId,
                    AuditAction.SIGN_IN_REFUSED_LOCKED,
                    name,
                    "locked until " + user.getLockedUntil(),
                    clientAddress);
            failures.inc();
            return SignInResult.refused(SignInResult.Outcome.LOCKED);
        }
        if (!user.canSignInAt(now) || !hashing.verify(password, user.getPasswordHash())) {
            user.recordFailedSignIn(now);
            audit.recordAs(
                    name,
                    organizationId,
                    AuditAction.SIGN_IN_FAILED,
                    name,
                    user.isActive() ? "wrong password" : "inactive user",
                    clientAddress);
            if (user.isLockedAt(now)) {
                audit.recordAs(
                        name,
                        organizationId,
                        AuditAction.ACCOUNT_LOCKED,
                        name,
                        "locked until " + user.getLockedUntil(),
                        clientAddress);
            }
            failures.inc();
            return SignInResult.refused(SignInResult.Outcome.INVALID_CREDENTIALS);
        }
        users.detach(user);
        user.recordSuccessfulSignIn(now);
        users.saveSignInBookkeeping(user);
        audit.recordAs(name, organizationId, AuditAction.SIGN_IN_SUCCEEDED, name, null, clientAddress);
        return new SignInResult(
                SignInResult.Outcome.SUCCEEDED,
                user.getLoginName(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    /** Audits a sign-out by the current caller. */
    public void recordSignOut() {
        audit.record(AuditAction.SIGNED_OUT, null, null);
    }
}
