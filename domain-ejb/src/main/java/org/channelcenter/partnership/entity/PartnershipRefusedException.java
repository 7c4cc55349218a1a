package org.channelcenter.partnership.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.RefusalReason;

/**
 * Why a partnership step was refused. The web tier shows {@code partnership.refused.<REASON>}; the
 * transaction rolls back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class PartnershipRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements RefusalReason {
        /** No invitation has this token (never issued, mistyped, or replaced by a re-send). */
        LINK_INVALID,
        LINK_USED,
        LINK_EXPIRED,
        LINK_REVOKED,
        /** Only an admin agent (or global admin) of an approved reseller may authorize a provider. */
        NOT_RESELLER_ADMIN,
        CONSENT_MISSING,
        ALREADY_PARTNERS,
        /** The draft sent by the platform no longer contains the invitation's personalized link. */
        LINK_MISSING_FROM_TEXT,
        INVITATION_NOT_PENDING,
        /** No partnership or invitation with that id belongs to the caller's organization. */
        NOT_FOUND,
        ALREADY_ENDED,
        REASON_REQUIRED;

        @Override
        public String messageKey() {
            return "partnership.refused." + name();
        }
    }

    public PartnershipRefusedException(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
