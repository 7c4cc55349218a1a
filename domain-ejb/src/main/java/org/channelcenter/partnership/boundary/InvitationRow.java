package org.channelcenter.partnership.boundary;

import java.io.Serializable;
import org.channelcenter.kernel.boundary.SentInvitation;

/** One of a provider's invitations as its list shows it: the reseller that accepted (or null). */
public record InvitationRow(SentInvitation.Sent sent, String resellerName) implements SentInvitation, Serializable {}
