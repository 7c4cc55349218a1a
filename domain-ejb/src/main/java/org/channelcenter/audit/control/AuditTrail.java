package org.channelcenter.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.audit.entity.AuditEvent;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.control.CurrentCaller;

/**
 * Writes audit events in the caller's transaction, so an event exists exactly when the change it
 * describes was committed.
 */
@Dependent
public class AuditTrail {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** Records an event by the signed-in caller (or by nobody, for anonymous actions). */
    public AuditEvent record(AuditAction action, String target, String details, Long... concernedOrganizations) {
        Caller caller = currentCaller.find().orElse(null);
        return recordAs(
                caller == null ? null : caller.loginName(),
                caller == null ? null : caller.organizationId(),
                action,
                target,
                details,
                null,
                concernedOrganizations);
    }

    /** Records an event whose actor is not (yet) the principal, e.g. during sign-in. */
    public AuditEvent recordAs(
            String actorLogin,
            Long actorOrganizationId,
            AuditAction action,
            String target,
            String details,
            String clientAddress,
            Long... concernedOrganizations) {
        AuditEvent event = new AuditEvent(
                Instant.now(),
                action,
                actorLogin,
                actorOrganizationId,
                target,
                details,
                clientAddress,
                Set.of(concernedOrganizations));
        em.persist(event);
        return event;
    }
}
