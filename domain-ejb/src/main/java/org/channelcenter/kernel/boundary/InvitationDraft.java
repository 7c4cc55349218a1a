package org.channelcenter.kernel.boundary;

import java.io.Serializable;

/**
 * The draft email of a new (or renewed) invitation, shown to its sender once: the only time the link's
 * token exists outside the recipient's mailbox. {@code link} must stay in whatever text is finally sent.
 */
public record InvitationDraft(long invitationId, String recipient, String subject, String body, String link)
        implements Serializable {}
