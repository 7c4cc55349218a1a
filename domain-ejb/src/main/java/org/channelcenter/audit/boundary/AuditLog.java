package org.channelcenter.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.entity.Role;
import org.channelcenter.kernel.boundary.PageRequest;

/** Reading the audit log (staff: all of it), and recording refusals the web tier sees first. */
@Stateless
public class AuditLog {

    /** Sortable columns, by the names tables use; anything else sorts newest first. */
    private static final Map<String, String> SORTABLE = Map.of(
            "occurredAt", "e.occurredAt",
            "action", "e.action",
            "actorLogin", "e.actorLogin");

    // Derby cannot type "? is null", so the filter is added only when there is one.
    private static final String FILTER = " where lower(e.actorLogin) like :pattern escape '\\'"
            + " or lower(e.target) like :pattern escape '\\'";

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    AuditTrail trail;

    /** A signed-in user was refused a page or an action; {@code resource} says which. */
    @PermitAll
    public void recordAccessDenied(String resource, String clientAddress) {
        trail.record(AuditAction.ACCESS_DENIED, resource, clientAddress == null ? null : "from " + clientAddress);
    }

    /**
     * Records a refusal in its own transaction, so it stays recorded when the refused work is rolled back
     * (e.g. a failed membership sign-in in the enrollment wizard).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(AuditAction action, String actor, String target, String clientAddress) {
        trail.recordAs(actor, null, action, target, null, clientAddress);
    }

    /**
     * Records, in its own transaction, that the signed-in caller (or an anonymous visitor) was refused:
     * the refusal itself rolls back the caller's transaction, the record of it must stay.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordDenial(AuditAction action, String target, String details, Long... concernedOrganizations) {
        trail.record(action, target, details, concernedOrganizations);
    }

    /** How many events match the filter (staff only). */
    @RolesAllowed(Role.Names.STAFF)
    public long count(String filter) {
        PageRequest request = new PageRequest(0, 1, null, false, filter);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + request.filterClause(FILTER), Long.class);
        return request.bindFilter(count).getSingleResult();
    }

    /** One page of events, newest first unless sorted otherwise (staff only). */
    @RolesAllowed(Role.Names.STAFF)
    public List<AuditEntry> find(PageRequest request) {
        String order = request.orderBy(SORTABLE, "e.occurredAt desc") + ", e.id desc";
        TypedQuery<AuditEntry> rows = em.createQuery("select new org.channelcenter.audit.boundary.AuditEntry("
                        + "e.id, e.occurredAt, e.action, e.actorLogin, e.target, e.details, e.clientAddress)"
                        + " from AuditEvent e" + request.filterClause(FILTER) + " order by " + order, AuditEntry.class)
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        return request.bindFilter(rows).getResultList();
    }


}
