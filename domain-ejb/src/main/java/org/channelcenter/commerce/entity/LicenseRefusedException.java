package org.channelcenter.commerce.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.RefusalReason;

/**
 * Why a license assignment or unassignment was refused. The web tier shows {@code licenses.refused.<REASON>}
 * ({@link Reason#ALL_ASSIGNED} with the subscription's quantity); the transaction rolls back, so a refused
 * assignment takes no seat.
 */
@ApplicationException(rollback = true)
public class LicenseRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements RefusalReason {
        /** No subscription or assignment with that id is the caller's organization's (as provider or reseller). */
        NOT_FOUND,
        /** Licenses are assigned only on an ACTIVE subscription (not a suspended or cancelled one). */
        SUBSCRIPTION_NOT_ACTIVE,
        /** Every license of the subscription is assigned already: never more assignments than licenses. */
        ALL_ASSIGNED,
        /** The user is not one of the subscription's customer's users. */
        USER_NOT_FOUND,
        /** A deactivated user holds no license. */
        USER_INACTIVE,
        /** The user holds a license of this subscription already. */
        ALREADY_ASSIGNED,
        /** The license was unassigned already (e.g. by someone else a moment ago). */
        ALREADY_UNASSIGNED;

        @Override
        public String messageKey() {
            return "licenses.refused." + name();
        }
    }

    private final int quantity;

    public LicenseRefusedException(Reason reason) {
        super(reason);
        this.quantity = 0;
    }

    private LicenseRefusedException(int quantity) {
        super(Reason.ALL_ASSIGNED, "all " + quantity + " licenses assigned", null, quantity);
        this.quantity = quantity;
    }

    /** All {@code quantity} licenses of the subscription are assigned. */
    public static LicenseRefusedException allAssigned(int quantity) {
        return new LicenseRefusedException(quantity);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    /** The subscription's licenses, for {@link Reason#ALL_ASSIGNED}'s message; 0 otherwise. */
    public int quantity() {
        return quantity;
    }
}
