package org.channelcenter.directory.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.RefusalReason;

/** A set-password link that cannot be used: {@link Reason} says why, so the page can say it plainly. */
@ApplicationException(rollback = true)
public class PasswordSetupRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements RefusalReason {
        /** No such token, or its user can no longer sign in (deactivated). */
        UNKNOWN,
        /** The link was used already; links are single-use. */
        USED,
        /** The link is older than its lifetime. */
        EXPIRED;

        @Override
        public String messageKey() {
            return "setPassword.refused." + name();
        }
    }

    public PasswordSetupRefusedException(Reason reason) {
        super(reason, "set-password link refused: " + reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
