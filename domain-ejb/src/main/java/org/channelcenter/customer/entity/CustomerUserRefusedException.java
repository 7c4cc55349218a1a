package org.channelcenter.customer.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.RefusalReason;

/**
 * Why a partner's change to a customer's user was refused. The web tier shows
 * {@code customerUsers.refused.<REASON>}; the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class CustomerUserRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements RefusalReason {
        /** No user with that id belongs to the customer (another organization's user reveals nothing). */
        NOT_FOUND,
        /**
         * The user administers the customer's directory: that account is the customer's own user management,
         * not its partners'.
         */
        CUSTOMER_ADMIN;

        @Override
        public String messageKey() {
            return "customerUsers.refused." + name();
        }
    }

    public CustomerUserRefusedException(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
