package org.channelcenter.enrollment.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.RefusalReason;

/**
 * Why an enrollment step was refused. The web tier shows {@code enrollment.refused.<REASON>} at the field
 * the reason concerns; the transaction is rolled back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class EnrollmentRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements RefusalReason {
        DIRECTORY_SIGN_IN_FAILED,
        NOT_GLOBAL_ADMIN,
        DIRECTORY_NOT_ELIGIBLE,
        DOMAIN_TAKEN,
        ALREADY_ENROLLED,
        APPLICATION_EXISTS,
        MEMBERSHIP_SIGN_IN_FAILED,
        SIGN_IN_THROTTLED,
        PROFILE_NOT_FOUND,
        PROFILE_INACTIVE,
        PROFILE_OTHER_COUNTRY,
        PROFILE_ALREADY_LINKED,
        PROFILE_INCOMPLETE,
        LINK_INVALID,
        LINK_EXPIRED,
        LINK_USED,
        /** A newer verification mail replaced this link. */
        LINK_REPLACED,
        /** The applicant asked for too many verification mails lately ({@code cc.verification.mails}). */
        VERIFICATION_MAILS_LIMITED,
        /** Too many directory-name checks came from the client's address lately. */
        DOMAIN_CHECKS_THROTTLED,
        CONFIRMATIONS_MISSING,
        WRONG_STATE,
        CHANGED_BY_SOMEONE_ELSE,
        NOTE_REQUIRED,
        NOT_AN_APPLICANT,
        APPLICATION_NOT_FOUND;

        @Override
        public String messageKey() {
            return "enrollment.refused." + name();
        }
    }

    public EnrollmentRefusedException(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
