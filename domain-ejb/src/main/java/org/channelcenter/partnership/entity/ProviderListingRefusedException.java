package org.channelcenter.partnership.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.RefusalReason;

/**
 * Why staff could not create or change a provider listing. The web tier shows
 * {@code listings.refused.<REASON>}; the transaction is rolled back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class ProviderListingRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements RefusalReason {
        /** The organization does not exist, is not an indirect provider, or is not active. */
        NOT_A_PROVIDER,
        /** The provider has a listing already (one per provider). */
        ALREADY_LISTED,
        /** A country/region code the platform does not know. */
        COUNTRY_UNKNOWN,
        LISTING_NOT_FOUND;

        @Override
        public String messageKey() {
            return "listings.refused." + name();
        }
    }

    public ProviderListingRefusedException(Reason reason) {
        super(reason);
    }

    public ProviderListingRefusedException(Reason reason, Throwable cause) {
        super(reason, reason.name(), cause);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
