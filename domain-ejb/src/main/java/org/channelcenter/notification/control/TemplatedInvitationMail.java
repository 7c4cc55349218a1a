package org.channelcenter.notification.control;

import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.control.InvitationMail;
import org.channelcenter.kernel.entity.Invitation;

/**
 * An invitation's mail from the mail templates, in the invitation's language: the placeholders every invitation
 * has ({@code message}, {@code link}, {@code expires}, {@code portal}) filled here, those that name who invites
 * filled by the kind ({@link #senderValues}).
 */
public abstract class TemplatedInvitationMail<I extends Invitation> implements InvitationMail<I> {

    @Inject
    protected Outbox outbox;

    /** The template of this invitation's text: {@code <kind>.invitation} unless the kind has several. */
    protected String templateOf(I invitation) {
        return invitation.kind() + ".invitation";
    }

    /** The placeholders that name who invites (the organization, the user, a partner with them). */
    protected abstract Map<String, String> senderValues(I invitation);

    @Override
    public String linkFor(String token) {
        return outbox.portalUrl() + acceptPath() + token;
    }

    @Override
    public InvitationDraft draft(I invitation, String link) {
        Locale locale = invitation.getLocale();
        String message = invitation.getPersonalMessage();
        Map<String, String> values = new HashMap<>(senderValues(invitation));
        values.put("message", message == null ? "" : message + "\n\n");
        values.put("link", link);
        values.put("expires", MailTemplates.longDate(invitation.getExpiresAt(), locale));
        values.put("portal", outbox.portalUrl());
        MailTemplates.RenderedMail draft = MailTemplates.render(templateOf(invitation), locale, values);
        return new InvitationDraft(
                invitation.getId(), invitation.getRecipientEmail(), draft.subject(), draft.body(), link);
    }

    @Override
    public void sendWritten(I invitation, String subject, String body) {
        outbox.enqueueWritten(
                templateOf(invitation), invitation.getRecipientEmail(), invitation.getLocale(), subject, body);
    }
}
