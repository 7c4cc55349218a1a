package org.channelcenter.kernel.control;

import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.entity.Invitation;

/**
 * The mail of one kind of invitation, as its lifecycle needs it: the personalized link, the draft its sender may
 * edit, and the text finally sent. The notification component writes the texts; the kernel only names them.
 */
public interface InvitationMail<I extends Invitation> {

    /** The path of the page the link opens; the link is the portal's address, this, and the token. */
    String acceptPath();

    /** The personalized link for {@code token}. */
    String linkFor(String token);

    /** The invitation's text in its language, with {@code link}, not yet queued. */
    InvitationDraft draft(I invitation, String link);

    /** Queues the invitation as its sender finally wrote it. */
    void sendWritten(I invitation, String subject, String body);
}
