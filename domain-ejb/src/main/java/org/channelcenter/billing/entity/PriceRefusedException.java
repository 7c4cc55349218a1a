package org.channelcenter.billing.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.RefusalReason;

/**
 * Why a price rule was not added or a price not given. The web tier shows {@code prices.refused.<REASON>} at the
 * field concerned; the transaction is rolled back, so nothing is written.
 */
@ApplicationException(rollback = true)
public class PriceRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements RefusalReason {
        /** A new rule takes effect today or later: a past day's price never changes. */
        DATE_IN_PAST,
        /** No such offer in the catalog. */
        OFFER_UNKNOWN,
        /** A fixed price is for one offer. */
        OFFER_REQUIRED,
        /** The rule's kind needs its value (the percentage, or the price). */
        VALUE_REQUIRED,
        /** More decimals than the offer's currency has (e.g. 2 for USD, 0 for JPY). */
        PRICE_PRECISION,
        /** Not a reseller in an active partnership with the provider (its price book is not the provider's). */
        RESELLER_NOT_FOUND,
        /** Not a provider in an active partnership with the reseller. */
        PROVIDER_NOT_FOUND,
        /** Not a customer of the reseller (no active reseller relationship). */
        CUSTOMER_NOT_FOUND;

        @Override
        public String messageKey() {
            return "prices.refused." + name();
        }
    }

    public PriceRefusedException(Reason reason) {
        super(reason);
    }

    public PriceRefusedException(Reason reason, Object... arguments) {
        super(reason, reason.name(), null, arguments);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
