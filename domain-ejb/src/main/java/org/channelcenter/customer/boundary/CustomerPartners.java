package org.channelcenter.customer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.customer.control.CustomerMail;
import org.channelcenter.customer.entity.CustomerRefusedException;
import org.channelcenter.customer.entity.CustomerRelationship;
import org.channelcenter.customer.entity.RelationshipStatus;
import org.channelcenter.directory.control.UserAccountRepository;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.kernel.entity.Role;

/**
 * A customer's Partners page (SPEC §6): every partner with a reseller relationship, and removing one. Only the
 * customer's global admin; only the caller's own organization's relationships (another id is refused as not
 * found and audited). A removed partner loses access at once: access is decided by reading the relationship
 * on every request ({@code CustomerAccess}).
 */
@Stateless
@RolesAllowed(Role.Names.GLOBAL_ADMIN)
public class CustomerPartners {

    private static final Map<String, String> SORTABLE = Map.of(
            "partnerName", "p.name",
            "partnerKind", "p.kind",
            "startedAt", "r.startedAt",
            "status", "r.status");

    private static final String FILTER =
            " and (lower(p.name) like :pattern escape '\\'" + " or lower(p.directoryDomain) like :pattern escape '\\')";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog auditLog;

    @Inject
    UserAccountRepository users;

    @Inject
    CustomerMail mail;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** How many of the customer's relationships match (active only, unless {@code withRemoved}). */
    public long count(String filter, boolean withRemoved) {
        Caller caller = requireCustomerAdmin();
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        TypedQuery<Long> query = em.createQuery(
                "select count(r) from CustomerRelationship r join r.partner p" + " where r.customer.id = :customer"
                        + statusClause(withRemoved) + PageQueries.filterClause(request, FILTER),
                Long.class);
        return bind(query, caller, withRemoved, request).getSingleResult();
    }

    /** One page of the customer's relationships, partner and reseller fetched in the same query. */
    public List<RelationshipRow> find(@NotNull PageRequest request, boolean withRemoved) {
        Caller caller = requireCustomerAdmin();
        String order = PageQueries.orderBy(request, SORTABLE, "p.name asc") + ", r.id asc";
        TypedQuery<CustomerRelationship> query = em.createQuery(
                        "select r from CustomerRelationship r"
                                + " join fetch r.partner p join fetch r.reseller where r.customer.id = :customer"
                                + statusClause(withRemoved) + PageQueries.filterClause(request, FILTER) + " order by "
                                + order,
                        CustomerRelationship.class)
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        return bind(query, caller, withRemoved, request)
                .getResultStream()
                .map(RelationshipRow::of)
                .toList();
    }

    /**
     * Removes a partner: from this moment it is refused the customer's data. Its admins are mailed; the
     * relationship stays as history.
     */
    public RelationshipRow remove(long relationshipId, long expectedVersion) {
        Caller caller = requireCustomerAdmin();
        CustomerRelationship relationship = em.find(CustomerRelationship.class, relationshipId);
        if (relationship == null || !caller.belongsTo(relationship.getCustomer().getId())) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    "customer relationship " + relationshipId,
                    "not a relationship of the caller's organization",
                    caller.organizationId());
            throw new CustomerRefusedException(CustomerRefusedException.Reason.NOT_FOUND);
        }
        if (!relationship.isActive()) {
            // before the version check: a second Remove (another tab, another admin) always meets a stale
            // version, and "already removed" is the one change that can have happened
            throw new CustomerRefusedException(CustomerRefusedException.Reason.ALREADY_REMOVED);
        }
        ConcurrentChangeException.requireVersion(
                expectedVersion, relationship.getVersion(), "customer relationship " + relationshipId);
        relationship.remove(caller.loginName(), Instant.now());
        Writes.flush(em, "customer relationship " + relationshipId);
        long partnerId = relationship.getPartner().getId();
        audit.record(
                AuditAction.CUSTOMER_RELATIONSHIP_REMOVED,
                "customer relationship " + relationshipId,
                relationship.getCustomer().getName() + " removed "
                        + relationship.getPartner().getName(),
                caller.organizationId(),
                partnerId);
        mail.removed(relationship, users.activeAdmins(partnerId));
        return RelationshipRow.of(relationship);
    }

    /** The Partners page is the customer's global admin's (SPEC §1). */
    private Caller requireCustomerAdmin() {
        return currentCaller.require(Permission.MANAGE_CUSTOMER_PARTNERS);
    }

    private static String statusClause(boolean withRemoved) {
        return withRemoved ? "" : " and r.status = :active";
    }

    private static <T> TypedQuery<T> bind(
            TypedQuery<T> query, Caller caller, boolean withRemoved, PageRequest request) {
        query.setParameter("customer", caller.organizationId());
        if (!withRemoved) {
            query.setParameter("active", RelationshipStatus.ACTIVE);
        }
        return PageQueries.bindFilter(request, query);
    }
}
