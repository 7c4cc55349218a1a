package org.channelcenter.audit.control;

import java.util.EnumMap;
import java.util.Map;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.kernel.control.InvitationAudit;
import org.channelcenter.kernel.control.InvitationAudit.Event;

/**
 * The audit of an invitation lifecycle ({@link org.channelcenter.kernel.control.InvitationLifecycle}) for one kind
 * of invitation: its steps in the caller's transaction, its refusals in their own (they roll the caller's back).
 * Asking for another organization's invitation is {@link AuditAction#ACCESS_DENIED} for every kind.
 */
public final class InvitationAudits {

    private InvitationAudits() {}

    /** The audit of a kind whose steps are recorded as these actions. */
    public static InvitationAudit recording(
            AuditTrail trail,
            AuditLog log,
            AuditAction created,
            AuditAction sent,
            AuditAction resent,
            AuditAction revoked,
            AuditAction linkRefused) {
        Map<Event, AuditAction> actions = new EnumMap<>(Map.of(
                Event.CREATED,
                created,
                Event.SENT,
                sent,
                Event.RESENT,
                resent,
                Event.REVOKED,
                revoked,
                Event.LINK_REFUSED,
                linkRefused,
                Event.NOT_OWN,
                AuditAction.ACCESS_DENIED,
                Event.MAIL_LIMIT_REACHED,
                AuditAction.INVITATION_MAIL_LIMIT_REACHED));
        return (event, target, details, concerned) -> {
            if (event.isRefusal()) {
                log.recordDenial(actions.get(event), target, details, concerned);
            } else {
                trail.record(actions.get(event), target, details, concerned);
            }
        };
    }
}
