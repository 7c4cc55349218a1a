package org.channelcenter.web.kernel;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Locale;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.boundary.Invitations;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.web.i18n.LanguageSelection;

/**
 * The two steps of every invitation page (a reseller, a customer): the recipient, an optional message and the
 * mail's language; then the draft email (with the personalized link) to edit, open in the mail client, copy
 * and/or send through the platform ({@code cc:draftEmail}). Pages put both steps into the form
 * {@code inviteForm} ({@code /WEB-INF/includes/invitation-request.xhtml}).
 */
public abstract class InvitationDraftPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected DomainMessages messages;

    @Inject
    LanguageSelection languageSelection;

    private String recipientEmail;
    private String message;
    private String language;

    private InvitationDraft draft;
    private String subject;
    private String body;
    private boolean sent;

    @PostConstruct
    void initLanguage() {
        language = languageSelection.getTag();
    }

    /** Creates the invitation in the boundary and returns its draft. */
    protected abstract InvitationDraft invite(InvitationLetter letter);

    /** The boundary of the page's kind of invitation, which sends the draft as the sender edited it. */
    protected abstract Invitations<?, ?, ?> invitations();

    /**
     * Creates the invitation and shows its draft; once. A second Next (a double click whose two requests left
     * before the first answer replaced the button, a resubmitted form) shows the same draft and creates no second
     * pending invitation: synchronized, because such requests reach this same view-scoped bean at the same time.
     */
    public synchronized void next() {
        if (draft != null) {
            return;
        }
        messages.attempt(() -> {
                    draft = invite(new InvitationLetter(recipientEmail, message, Locale.forLanguageTag(language)));
                    subject = draft.subject();
                    body = draft.body();
                })
                .invalidAt("inviteForm:recipientEmail", "invite.recipient.invalid")
                .showingAt(null);
    }

    /** Has the platform send the draft as edited; refused (at the text) when the link was removed. */
    public synchronized void send() {
        if (draft == null || sent) {
            return;
        }
        messages.attempt(() -> {
                    invitations().send(draft.invitationId(), subject, body);
                    sent = true;
                    messages.info("invite.sent", draft.recipient());
                })
                .invalidAt("inviteForm:draft:body", "draft.body.required")
                .showingAt("inviteForm:draft:body");
    }

    public boolean isDrafted() {
        return draft != null;
    }

    public InvitationDraft getDraft() {
        return draft;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public void setRecipientEmail(String recipientEmail) {
        this.recipientEmail = recipientEmail;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isSent() {
        return sent;
    }
}
