package org.channelcenter.kernel.entity;

/**
 * Why a step of an invitation's lifecycle was refused, the same for every kind of invitation (a reseller invited
 * by a provider, a customer by a reseller, ...). Most texts name who sent the invitation ("ask the reseller to send
 * it again"), so a kind words them itself under {@code <kind>.refused.<REASON>}; a reason whose text is the same
 * for every kind has the one key {@code invitation.refused.<REASON>}.
 */
public enum InvitationRefusal implements RefusalReason {
    /** No invitation has this token (never issued, mistyped, or replaced by a re-send). */
    LINK_INVALID(true),
    LINK_USED(true),
    LINK_EXPIRED(true),
    LINK_REVOKED(true),
    /** The draft sent by the platform no longer contains the invitation's personalized link. */
    LINK_MISSING_FROM_TEXT(true),
    INVITATION_NOT_PENDING(false),
    /** No invitation with that id is the caller's organization's (another one's reveals nothing). */
    NOT_FOUND(true),
    /** The sending organization has sent as many invitation mails as it may for now (cc.invitations.mails.per.day). */
    MAIL_LIMIT_REACHED(false);

    private final boolean wordedPerKind;

    InvitationRefusal(boolean wordedPerKind) {
        this.wordedPerKind = wordedPerKind;
    }

    /** The kind-neutral key; every language has it. */
    @Override
    public String messageKey() {
        return "invitation.refused." + name();
    }

    /** This reason as the invitations of {@code kind} say it: in their own words where the text names the sender. */
    public RefusalReason wordedFor(String kind) {
        return wordedPerKind ? new KindWording(this, kind) : this;
    }

    /** A reason in the words of one kind of invitation ({@code <kind>.refused.<REASON>}). */
    record KindWording(InvitationRefusal reason, String kind) implements RefusalReason {

        @Override
        public String messageKey() {
            return kind + ".refused." + reason.name();
        }

        @Override
        public String toString() {
            return reason.name();
        }
    }
}
