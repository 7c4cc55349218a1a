package org.channelcenter.partnership.boundary;

import static org.channelcenter.partnership.entity.PartnershipRefusedException.Reason.NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.control.UserAccountRepository;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.partnership.control.PartnershipMail;
import org.channelcenter.partnership.entity.Partnership;
import org.channelcenter.partnership.entity.PartnershipRefusedException;
import org.channelcenter.partnership.entity.PartnershipStatus;

/**
 * The partnerships of the caller's organization (SPEC §5): a provider's Indirect resellers, a reseller's
 * Indirect providers, each partnership's details, and ending one. The organization is always the caller's;
 * a partnership the caller's organization is not part of is refused as not found, and the attempt audited.
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT, Role.Names.HELPDESK_AGENT})
public class Partnerships {

    private static final Map<String, String> SORTABLE = Map.of(
            "partnerName", "o.name",
            "partnerCountry", "o.countryCode",
            "startedAt", "p.startedAt",
            "status", "p.status");

    private static final String FILTER =
            " and (lower(o.name) like :pattern escape '\\'" + " or lower(o.directoryDomain) like :pattern escape '\\')";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog auditLog;

    @Inject
    UserAccountRepository users;

    @Inject
    PartnershipMail mail;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** How many partnerships of the caller's organization match (active only, unless {@code withEnded}). */
    public long count(String filter, boolean withEnded) {
        Caller caller = currentCaller.requirePartner();
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        TypedQuery<Long> query = em.createQuery(
                "select count(p) from Partnership p join p." + partnerSide(caller) + " o"
                        + " where p." + ownSide(caller) + ".id = :organization" + statusClause(withEnded)
                        + PageQueries.filterClause(request, FILTER),
                Long.class);
        return bind(query, caller, withEnded, request).getSingleResult();
    }

    /**
     * One page of the caller's organization's partnerships, the partner organization fetched in the same
     * query: a provider sees its resellers, a reseller its providers.
     */
    public List<PartnershipRow> find(@NotNull PageRequest request, boolean withEnded) {
        Caller caller = currentCaller.requirePartner();
        String order = PageQueries.orderBy(request, SORTABLE, "o.name asc") + ", p.id asc";
        TypedQuery<Partnership> query = em.createQuery(
                        "select p from Partnership p join fetch p." + partnerSide(caller)
                                + " o left join fetch p.endedByOrganization"
                                + " where p." + ownSide(caller) + ".id = :organization" + statusClause(withEnded)
                                + PageQueries.filterClause(request, FILTER) + " order by " + order,
                        Partnership.class)
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        return bind(query, caller, withEnded, request)
                .getResultStream()
                .map(partnership -> PartnershipRow.of(partnership, caller.organizationId()))
                .toList();
    }

    /** One partnership of the caller's organization; any other id is refused as not found, and audited. */
    public PartnershipRow partnership(long id) {
        Caller caller = currentCaller.requirePartner();
        return PartnershipRow.of(ownPartnership(caller, id), caller.organizationId());
    }

    /**
     * Either side ends the partnership, with a reason (admins only, SPEC §1). The other side's admins are
     * mailed; the partnership stays as history.
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT})
    public PartnershipRow end(
            long id,
            long expectedVersion,
            @Size(max = 2000, message = "{partnership.endReason.tooLong}") String reason) {
        Caller caller = currentCaller.requirePartner();
        if (!caller.isAdmin()) {
            throw new EJBAccessException("ending a partnership needs an admin role");
        }
        Partnership partnership = ownPartnership(caller, id);
        ConcurrentChangeException.requireVersion(expectedVersion, partnership.getVersion(), "partnership " + id);
        Organization own = em.find(Organization.class, caller.organizationId());
        partnership.end(own, caller.loginName(), reason, Instant.now());
        Writes.flush(em, "partnership " + id);
        Organization other = partnership.otherSideOf(own.getId());
        audit.record(
                AuditAction.PARTNERSHIP_ENDED,
                "partnership " + id,
                "ended by " + own.getName() + ": " + partnership.getEndReason(),
                own.getId(),
                other.getId());
        mail.ended(partnership, own, users.activeAdmins(other.getId()));
        return PartnershipRow.of(partnership, own.getId());
    }

    private Partnership ownPartnership(Caller caller, long id) {
        Partnership partnership = em.find(Partnership.class, id);
        if (partnership == null || !partnership.involves(caller.organizationId())) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    "partnership " + id,
                    "not a partnership of the caller's organization",
                    caller.organizationId());
            throw new PartnershipRefusedException(NOT_FOUND);
        }
        return partnership;
    }

    private static String ownSide(Caller caller) {
        return caller.organizationKind() == OrganizationKind.PROVIDER ? "provider" : "reseller";
    }

    private static String partnerSide(Caller caller) {
        return caller.organizationKind() == OrganizationKind.PROVIDER ? "reseller" : "provider";
    }

    private static String statusClause(boolean withEnded) {
        return withEnded ? "" : " and p.status = :active";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Caller caller, boolean withEnded, PageRequest request) {
        query.setParameter("organization", caller.organizationId());
        if (!withEnded) {
            query.setParameter("active", PartnershipStatus.ACTIVE);
        }
        return PageQueries.bindFilter(request, query);
    }
}
