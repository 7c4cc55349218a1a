package org.channelcenter.customer.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.channelcenter.kernel.boundary.SentInvitation;
import org.channelcenter.kernel.entity.Invitation;

/**
 * One of a reseller's customer invitations as its list shows it: the provider invited together (or null), the
 * customer that accepted (or null); {@code state} is as of the moment it was read.
 */
public record CustomerInvitationRow(
        long id,
        String recipientEmail,
        String invitedBy,
        String providerName,
        Instant sentAt,
        Instant expiresAt,
        Invitation.State state,
        String customerName,
        long version)
        implements SentInvitation, Serializable {}
