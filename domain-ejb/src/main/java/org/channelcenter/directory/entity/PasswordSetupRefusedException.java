package org.channelcenter.directory.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;

/** A set-password link that cannot be used: {@link Reason} says why, so the page can say it plainly. */
@ApplicationException(rollback = true)
public class PasswordSetupRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No such token, or its user can no longer sign in (deactivated). */
        UNKNOWN,
        /** The link was used already; links are single-use. */
        USED,
        /** The link is older than its lifetime. */
        EXPIRED
    }

    private final Reason reason;

    public PasswordSetupRefusedException(Reason reason) {
        super("set-password link refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
