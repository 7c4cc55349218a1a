package org.channelcenter.kernel.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.channelcenter.kernel.entity.Invitation;

/**
 * A row of a sender's invitation list (resellers invited by a provider, customers invited by a reseller), with
 * what its sender may still do with it.
 */
public interface SentInvitation {

    /**
     * What every kind's list shows of an invitation; {@code state} is as of the moment the row was read.
     * A kind's row adds its own columns beside it.
     */
    record Sent(
            long id,
            String recipientEmail,
            String invitedBy,
            Instant sentAt,
            Instant expiresAt,
            Invitation.State state,
            long version)
            implements Serializable {}

    Sent sent();

    default long id() {
        return sent().id();
    }

    default String recipientEmail() {
        return sent().recipientEmail();
    }

    default String invitedBy() {
        return sent().invitedBy();
    }

    default Instant sentAt() {
        return sent().sentAt();
    }

    default Instant expiresAt() {
        return sent().expiresAt();
    }

    default Invitation.State state() {
        return sent().state();
    }

    default long version() {
        return sent().version();
    }

    /** Still pending: may be revoked. */
    default boolean pending() {
        return state() == Invitation.State.PENDING;
    }

    /** Pending or expired: a new link may be sent. */
    default boolean renewable() {
        return state() == Invitation.State.PENDING || state() == Invitation.State.EXPIRED;
    }
}
