package org.channelcenter.directory.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.control.PasswordHashing;
import org.channelcenter.directory.entity.PasswordSetup;
import org.channelcenter.directory.entity.PasswordSetupRefusedException;
import org.channelcenter.directory.entity.PasswordSetupRefusedException.Reason;
import org.channelcenter.kernel.control.SecureToken;

/**
 * The public end of an invitation: whoever holds a set-password link may choose that user's password,
 * once, before the link expires. The link is the only credential, so it is looked up by its hash, and
 * an unknown, used or expired link changes nothing.
 */
@Stateless
@PermitAll
public class PasswordSetups {

    /** The shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    public static final int MAX_PASSWORD_LENGTH = 200;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog auditLog;

    /** The sign-in name the link is for, or a refusal saying why the link does not work (audited). */
    public String loginNameFor(String token) {
        PasswordSetup setup = find(token);
        try {
            setup.requireUsableAt(Instant.now());
        } catch (PasswordSetupRefusedException refused) {
            throw audited(refused, setup);
        }
        return setup.getUser().getLoginName();
    }

    /**
     * Sets the password and spends the link. Of two simultaneous uses of one link exactly one succeeds.
     *
     * @return the sign-in name, for the next step (signing in)
     */
    public String setPassword(String token, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password length outside " + MIN_PASSWORD_LENGTH + ".."
                    + MAX_PASSWORD_LENGTH); // the page checks this at the field first
        }
        PasswordSetup setup = find(token);
        try {
            setup.use(hashing.hash(password.toCharArray()), Instant.now());
            em.flush();
        } catch (OptimisticLockException e) {
            throw audited(new PasswordSetupRefusedException(Reason.USED), setup);
        } catch (PasswordSetupRefusedException refused) {
            throw audited(refused, setup);
        }
        String loginName = setup.getUser().getLoginName();
        Long organizationId = setup.getUser().getOrganization().getId();
        audit.recordAs(
                loginName,
                organizationId,
                AuditAction.PASSWORD_SET,
                loginName,
                "from invitation link",
                null,
                organizationId);
        return loginName;
    }

    /**
     * A refused link is audited like any other refusal, in its own transaction (the refusal rolls this one
     * back): against the user it was for when it is known, concerning that user's organization. The link
     * itself is never written: it is the credential.
     */
    private PasswordSetupRefusedException audited(PasswordSetupRefusedException refused, PasswordSetup setup) {
        if (setup == null) {
            auditLog.recordDenial(AuditAction.ACCESS_DENIED, "set-password link", "refused: " + refused.reason());
        } else {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    setup.getUser().getLoginName(),
                    "set-password link refused: " + refused.reason(),
                    setup.getUser().getOrganization().getId());
        }
        return refused;
    }

    private PasswordSetup find(String token) {
        if (token == null || token.isBlank()) {
            throw audited(new PasswordSetupRefusedException(Reason.UNKNOWN), null);
        }
        return em.createNamedQuery(PasswordSetup.BY_TOKEN_HASH, PasswordSetup.class)
                .setParameter("hash", SecureToken.hashOf(token))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> audited(new PasswordSetupRefusedException(Reason.UNKNOWN), null));
    }
}
