package org.channelcenter.commerce.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;

/**
 * Why staff could not create or change an offer. The web tier shows {@code offers.refused.<REASON>} at the
 * field concerned; the transaction is rolled back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class OfferRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Another offer has this name already (names are unique, ignoring case). */
        NAME_TAKEN,
        /** Three letters, but not an ISO 4217 currency Java knows. */
        CURRENCY_UNKNOWN,
        /** The maximum quantity is below the minimum. */
        QUANTITY_RANGE,
        OFFER_NOT_FOUND
    }

    private final Reason reason;

    public OfferRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public OfferRefusedException(Reason reason, Throwable cause) {
        super(reason.name(), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
