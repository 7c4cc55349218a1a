package org.channelcenter.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.boundary.NewUser;
import org.channelcenter.directory.boundary.UserNameTakenException;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.PasswordSetup;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.control.InvitationMailAllowance;
import org.channelcenter.kernel.control.SecureToken;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.InvitationRefusal;
import org.channelcenter.kernel.entity.InvitationRefusedException;
import org.channelcenter.notification.control.Outbox;

/**
 * Adds a user without a password to a directory and mails them a one-time link (valid
 * {@link PasswordSetup#LIFETIME}) to choose one: what User management does for an organization's own users
 * and what a partner does for a customer's users, each with its own mail. The mail invites someone to the portal
 * like an invitation does, so it spends one of the adding organization's invitation mails
 * ({@code cc.invitations.mails.per.day}): User management cannot be used to mail strangers without end either.
 */
@Dependent
public class UserInvitations {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    UserAccountRepository repository;

    @Inject
    Outbox outbox;

    @Inject
    InvitationMailAllowance mails;

    @Inject
    AuditLog denials;

    /**
     * The new user, written and mailed with {@code template}: its {@code values} plus {@code name}, {@code login}
     * and {@code link}. A taken user name is refused and nothing is written; so is a user whose mail {@code sender}
     * (the organization adding them) has no invitation mail left for today, a refusal audited for the sender.
     */
    public UserAccount invite(
            long sender, Organization organization, NewUser newUser, String template, Map<String, String> values) {
        String loginName = UserAccount.normalizeLoginName(newUser.userName() + "@" + organization.getDirectoryDomain());
        if (repository.byLoginName(loginName).isPresent()) {
            throw new UserNameTakenException(loginName);
        }
        Instant now = Instant.now();
        if (!mails.spend(sender, now)) {
            denials.recordDenial(
                    AuditAction.INVITATION_MAIL_LIMIT_REACHED,
                    "user " + loginName,
                    "invitation mail limit reached, not sent to "
                            + newUser.email().trim(),
                    sender);
            throw new InvitationRefusedException(InvitationRefusal.MAIL_LIMIT_REACHED, "user");
        }
        UserAccount user = new UserAccount(
                organization,
                newUser.userName(),
                newUser.displayName(),
                newUser.email().trim(),
                newUser.roles(),
                now);
        // The mail's language only: the user's own language choice is made when they first sign in.
        Locale language = newUser.language() == null ? Locale.ENGLISH : newUser.language();
        em.persist(user);
        // the unique constraint on login_name, when someone added the same name a moment ago
        Writes.flushOr(em, "user " + loginName, e -> new UserNameTakenException(loginName, e));
        SecureToken token = SecureToken.generate();
        em.persist(new PasswordSetup(user, token.hash(), now));
        Map<String, String> all = new HashMap<>(values);
        all.put("name", user.getDisplayName());
        all.put("login", user.getLoginName());
        all.put("link", outbox.portalUrl() + "public/set-password.xhtml?token=" + token.value());
        outbox.enqueue(template, user.getEmail(), language, all);
        return user;
    }
}
