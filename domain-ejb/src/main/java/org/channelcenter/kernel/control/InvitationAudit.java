package org.channelcenter.kernel.control;

/**
 * Where an invitation's lifecycle writes what happened. The audit component implements it for each kind of
 * invitation (which names its own audit actions); the kernel only names the events.
 */
@FunctionalInterface
public interface InvitationAudit {

    /** What the lifecycle records. */
    enum Event {
        CREATED,
        SENT,
        RESENT,
        REVOKED,
        /** A link that cannot be used was presented (recorded even though the refusal rolls back). */
        LINK_REFUSED,
        /** Someone asked for an invitation that is not their organization's (recorded like {@link #LINK_REFUSED}). */
        NOT_OWN,
        /** The sending organization has no invitation mails left for now (recorded like {@link #LINK_REFUSED}). */
        MAIL_LIMIT_REACHED;

        /** Whether the event is a refusal: recorded in its own transaction, which the refusal does not roll back. */
        public boolean isRefusal() {
            return this == LINK_REFUSED || this == NOT_OWN || this == MAIL_LIMIT_REACHED;
        }
    }

    void record(Event event, String target, String details, Long... concernedOrganizations);
}
