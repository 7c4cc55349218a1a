package org.channelcenter.kernel.boundary;

import org.channelcenter.kernel.entity.Invitation;

/**
 * A row of a sender's invitation list (resellers invited by a provider, customers invited by a reseller), with
 * what its sender may still do with it.
 */
public interface SentInvitation {

    long id();

    String recipientEmail();

    /** As of the moment the row was read. */
    Invitation.State state();

    long version();

    /** Still pending: may be revoked. */
    default boolean pending() {
        return state() == Invitation.State.PENDING;
    }

    /** Pending or expired: a new link may be sent. */
    default boolean renewable() {
        return state() == Invitation.State.PENDING || state() == Invitation.State.EXPIRED;
    }
}
