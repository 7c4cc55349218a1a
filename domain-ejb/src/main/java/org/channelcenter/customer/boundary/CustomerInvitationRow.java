package org.channelcenter.customer.boundary;

import java.io.Serializable;
import org.channelcenter.kernel.boundary.SentInvitation;

/**
 * One of a reseller's customer invitations as its list shows it: the provider invited together (or null), the
 * customer that accepted (or null).
 */
public record CustomerInvitationRow(SentInvitation.Sent sent, String providerName, String customerName)
        implements SentInvitation, Serializable {}
