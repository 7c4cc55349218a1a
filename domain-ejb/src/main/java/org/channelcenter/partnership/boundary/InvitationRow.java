package org.channelcenter.partnership.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.channelcenter.kernel.boundary.SentInvitation;
import org.channelcenter.kernel.entity.Invitation;

/** One of a provider's invitations as its list shows it; {@code state} is as of the moment it was read. */
public record InvitationRow(
        long id,
        String recipientEmail,
        String invitedBy,
        Instant sentAt,
        Instant expiresAt,
        Invitation.State state,
        String resellerName,
        long version)
        implements SentInvitation, Serializable {}
