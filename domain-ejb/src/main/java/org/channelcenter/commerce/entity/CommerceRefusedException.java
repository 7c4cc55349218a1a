package org.channelcenter.commerce.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.RefusalReason;

/**
 * Why an order or a subscription change was refused. The web tier shows {@code commerce.refused.<REASON>};
 * the transaction rolls back, so an order is placed whole or not at all.
 */
@ApplicationException(rollback = true)
public class CommerceRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements RefusalReason {
        /** The provider's reseller relationship with the customer was removed (SPEC §7). */
        PROVIDER_NOT_RELATED,
        /** The reseller of record has no active reseller relationship with the customer (SPEC §7). */
        RESELLER_NOT_RELATED,
        /** The provider and the reseller of record have no active partnership (SPEC §7). */
        PARTNERSHIP_NOT_ACTIVE,
        NO_LINES,
        DUPLICATE_OFFER,
        OFFER_NOT_FOUND,
        OFFER_INACTIVE,
        /** A line, or the subscription it would make, is outside the offer's minimum and maximum quantity. */
        QUANTITY_OUT_OF_RANGE,
        /** Licenses are added only to an active subscription; a suspended one is reactivated first. */
        SUBSCRIPTION_SUSPENDED,
        /** Only an active subscription can be suspended. */
        NOT_ACTIVE,
        /** Only a suspended subscription can be reactivated. */
        NOT_SUSPENDED,
        /** A cancelled subscription is final. */
        ALREADY_CANCELLED,
        /** No subscription with that id is the caller's to change. */
        NOT_FOUND;

        @Override
        public String messageKey() {
            return "commerce.refused." + name();
        }
    }

    public CommerceRefusedException(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    /**
     * The refusals that mean the seeds' rule: the provider needs a reseller relationship with the customer
     * (through an active partnership with the reseller of record) to submit orders on its behalf.
     */
    public boolean isRelationshipRule() {
        Reason reason = reason();
        return reason == Reason.PROVIDER_NOT_RELATED
                || reason == Reason.RESELLER_NOT_RELATED
                || reason == Reason.PARTNERSHIP_NOT_ACTIVE;
    }
}
