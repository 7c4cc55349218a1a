package org.channelcenter.membership.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.boundary.SignInResult.Outcome;
import org.channelcenter.directory.control.PasswordHashing;
import org.channelcenter.directory.control.SignInFailures;
import org.channelcenter.membership.entity.MembershipAccount;

/**
 * Checks a membership account's sign-in (the enrollment wizard's step 3) under the same rules as the portal's own
 * sign-in: throttled per client address before any hash is computed, a hash checked in every other case, locked
 * per account and address after repeated failures, and every attempt audited with the client's address.
 */
@Stateless
@PermitAll
public class MembershipSignIns {

    /** Membership user names live apart from portal sign-in names in the failure memory. */
    static final String SUBJECT_PREFIX = "membership:";

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    SignInFailures signInFailures;

    @Inject
    AuditTrail audit;

    /** The answer: the outcome and, on success, the account's id. */
    public record Result(Outcome outcome, Long accountId) {

        public boolean succeeded() {
            return outcome == Outcome.SUCCEEDED;
        }
    }

    /**
     * Checks one attempt in its own transaction, so the failure and its audit event stay recorded when the wizard's
     * step is rolled back after the refusal.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result verify(String userName, String password, String clientAddress) {
        Instant now = Instant.now();
        String name = userName == null ? "" : userName.trim().toLowerCase(Locale.ROOT);
        String subject = SUBJECT_PREFIX + name;
        String target = "membership account " + name;
        if (signInFailures.throttled(clientAddress, now)) {
            audit.recordAs(
                    name,
                    null,
                    AuditAction.SIGN_IN_THROTTLED,
                    target,
                    "too many failures from the address",
                    clientAddress);
            return new Result(Outcome.THROTTLED, null);
        }
        Optional<MembershipAccount> account = em.createNamedQuery(
                        MembershipAccount.BY_USER_NAME, MembershipAccount.class)
                .setParameter("userName", name)
                .getResultStream()
                .findFirst();
        char[] typed = password == null ? new char[0] : password.toCharArray();
        boolean rightPassword =
                account.isPresent() ? hashing.verify(typed, account.get().getPasswordHash()) : decoy(typed);
        if (account.isPresent() && signInFailures.locked(subject, clientAddress, now)) {
            audit.recordAs(
                    name,
                    null,
                    AuditAction.SIGN_IN_REFUSED_LOCKED,
                    target,
                    "locked for " + clientAddress,
                    clientAddress);
            return new Result(Outcome.LOCKED, null);
        }
        if (!rightPassword) {
            signInFailures.failed(subject, clientAddress, now);
            audit.recordAs(
                    name,
                    null,
                    AuditAction.SIGN_IN_FAILED,
                    target,
                    account.isPresent() ? "wrong password" : "unknown membership account",
                    clientAddress);
            if (account.isPresent() && signInFailures.locked(subject, clientAddress, now)) {
                audit.recordAs(
                        name,
                        null,
                        AuditAction.ACCOUNT_LOCKED,
                        target,
                        "locked for " + clientAddress + " until " + now.plus(signInFailures.lockDuration()),
                        clientAddress);
            }
            return new Result(Outcome.INVALID_CREDENTIALS, null);
        }
        signInFailures.succeeded(subject, clientAddress);
        audit.recordAs(name, null, AuditAction.SIGN_IN_SUCCEEDED, target, null, clientAddress);
        return new Result(Outcome.SUCCEEDED, account.get().getId());
    }

    private boolean decoy(char[] typed) {
        hashing.verifyDecoy(typed);
        return false;
    }
}
