package org.channelcenter.partnership.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.RefusalReason;

/**
 * Why a partnership step was refused. The web tier shows {@code partnership.refused.<REASON>}; the
 * transaction rolls back, so nothing is half-written. The invitation's lifecycle refuses with
 * {@link org.channelcenter.kernel.entity.InvitationRefusedException}, worded under the same prefix.
 */
@ApplicationException(rollback = true)
public class PartnershipRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements RefusalReason {
        /** Only an admin agent (or global admin) of an approved reseller may authorize a provider. */
        NOT_RESELLER_ADMIN,
        CONSENT_MISSING,
        ALREADY_PARTNERS,
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
