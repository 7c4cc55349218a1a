package org.channelcenter.customer.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.RefusalReason;

/**
 * Why a customer or reseller-relationship step was refused. The web tier shows
 * {@code customer.refused.<REASON>}; the transaction rolls back, so nothing is half-written. The invitation's
 * lifecycle refuses with {@link org.channelcenter.kernel.entity.InvitationRefusedException}, worded under the same
 * prefix.
 */
@ApplicationException(rollback = true)
public class CustomerRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements RefusalReason {
        /** The sign-in on the acceptance page failed (wrong name or password, locked, inactive). */
        SIGN_IN_FAILED,
        /**
         * Too many failed sign-ins came from the client's address: no password was checked, and the page says to
         * try again later rather than that the password is wrong.
         */
        SIGN_IN_THROTTLED,
        /** Only a global admin of a customer directory may grant reseller relationships. */
        NOT_CUSTOMER_ADMIN,
        CONSENT_MISSING,
        /** The customer already has an active relationship with every partner of the invitation. */
        ALREADY_RELATED,
        /** "Invite new customers" needs an active partnership between the reseller and that provider. */
        NO_ACTIVE_PARTNERSHIP,
        /** The new directory's domain is taken. */
        DOMAIN_TAKEN,
        /** No customer, relationship or invitation with that id is the caller's to see. */
        NOT_FOUND,
        ALREADY_REMOVED;

        @Override
        public String messageKey() {
            return "customer.refused." + name();
        }
    }

    public CustomerRefusedException(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
