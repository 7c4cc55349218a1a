package org.channelcenter.audit.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
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
@Dependent
public class InvitationAudits {

    @Inject
    AuditTrail trail;

    @EJB
    AuditLog log;

    /** The audit of a kind whose steps are recorded as these actions. */
    public InvitationAudit withActions(AuditAction created, AuditAction sent, AuditAction resent, AuditAction revoked,
                                       AuditAction linkRefused) {
        Map<Event, AuditAction> actions = new EnumMap<>(Map.of(Event.CREATED, created, Event.SENT, sent,
                Event.RESENT, resent, Event.REVOKED, revoked, Event.LINK_REFUSED, linkRefused,
                Event.NOT_OWN, AuditAction.ACCESS_DENIED));
        return (event, target, details, concerned) -> {
            if (event.isRefusal()) {
                log.recordDenial(actions.get(event), target, details, concerned);
            } else {
                trail.record(actions.get(event), target, details, concerned);
            }
        };
    }
}
