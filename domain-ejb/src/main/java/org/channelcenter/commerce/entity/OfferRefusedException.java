package org.channelcenter.commerce.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.RefusalReason;

/**
 * Why staff could not create or change an offer. The web tier shows {@code offers.refused.<REASON>} at the
 * field concerned; the transaction is rolled back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class OfferRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements RefusalReason {
        /** Another offer has this name already (names are unique, ignoring case). */
        NAME_TAKEN,
        /** Three letters, but not an ISO 4217 currency Java knows. */
        CURRENCY_UNKNOWN,
        /** The maximum quantity is below the minimum. */
        QUANTITY_RANGE,
        OFFER_NOT_FOUND;

        @Override
        public String messageKey() {
            return "offers.refused." + name();
        }
    }

    public OfferRefusedException(Reason reason) {
        super(reason);
    }

    public OfferRefusedException(Reason reason, Throwable cause) {
        super(reason, reason.name(), cause);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
