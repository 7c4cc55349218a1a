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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.customer.control.CustomerAccess;
import org.channelcenter.customer.entity.CustomerRefusedException;
import org.channelcenter.customer.entity.CustomerRelationship;
import org.channelcenter.customer.entity.RelationshipStatus;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.partnership.entity.Partnership;

/**
 * A partner's customers (SPEC §6): the Customers page of resellers and providers, the customers a reseller and
 * a provider share (View customers), and one customer's expanded record. Only customers with which the
 * caller's organization has an ACTIVE relationship; another id is refused as not found and audited.
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT, Role.Names.HELPDESK_AGENT})
public class Customers {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "r.customerName",
            "domain", "r.customerDomain",
            "countryCode", "r.customerCountry",
            "resellerName", "s.name",
            "since", "r.startedAt");

    private static final String DEFAULT_ORDER = "r.customerName asc";

    // r is the caller's relationship; it carries the customer's name, domain and country, so that filters and
    // orders need no join: in name, domain, country or since order a page is read from one of the partner's
    // indexes (partner, status, key, id) alone, however many customers the partner has. s (the reseller) is
    // joined only to sort by its name.
    private static final String WHERE = " where r.partner.id = :partner and r.status = :active";

    private static final String SHARED = " and exists (select q.id from CustomerRelationship q"
            + " where q.customer = r.customer and q.partner.id = :other and q.status = :active)";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CustomerAccess access;

    @EJB
    AuditLog auditLog;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** How many customers the caller's organization has an active relationship with, matching the filter. */
    public long count(@NotNull CustomerFilter filter) {
        return count(currentCaller.requirePartner(), null, filter);
    }

    /**
     * One page of the caller's organization's customers (reseller of record included), in two queries whatever
     * the page's size.
     */
    public List<CustomerRow> find(@NotNull PageRequest page, @NotNull CustomerFilter filter) {
        return find(currentCaller.requirePartner(), null, page, filter);
    }

    /** How many customers both sides of the partnership have an active relationship with. */
    public long countShared(long partnershipId, @NotNull CustomerFilter filter) {
        Caller caller = currentCaller.requirePartner();
        return count(caller, otherSide(caller, partnershipId), filter);
    }

    /** View customers: one page of the customers the caller's organization shares with its partner. */
    public List<CustomerRow> findShared(long partnershipId, @NotNull PageRequest page, @NotNull CustomerFilter filter) {
        Caller caller = currentCaller.requirePartner();
        return find(caller, otherSide(caller, partnershipId), page, filter);
    }

    /**
     * One customer's expanded record: its account and its relationships through the same reseller as the
     * caller's own (a reseller sees its own and those of the providers invited with it; a provider sees its
     * reseller's) — never those the customer has with other resellers and their providers. Two queries,
     * whatever the number of relationships. Refused as not found, and audited, unless the caller's
     * organization has an active relationship with the customer.
     */
    public CustomerDetails customer(long customerId) {
        Caller caller = currentCaller.requirePartner();
        CustomerRelationship own = access.require(caller, customerId);
        Organization customer = own.getCustomer();
        List<RelationshipRow> relationships = em.createQuery(
                        "select r from CustomerRelationship r"
                                + " join fetch r.partner join fetch r.reseller where r.customer.id = :customer"
                                + " and r.reseller.id = :reseller"
                                + " order by r.status asc, r.startedAt desc, r.id desc",
                        CustomerRelationship.class)
                .setParameter("customer", customerId)
                .setParameter("reseller", own.getReseller().getId())
                .setMaxResults(PageRequest.MAX_SIZE)
                .getResultStream()
                .map(RelationshipRow::of)
                .toList();
        return new CustomerDetails(
                customer.getId(),
                customer.getName(),
                customer.getDirectoryDomain(),
                customer.getCountryCode(),
                customer.getCreatedAt(),
                relationships);
    }

    private long count(Caller caller, Long otherPartner, CustomerFilter filter) {
        TypedQuery<Long> query = em.createQuery(
                "select count(r)" + from(null) + WHERE + (otherPartner == null ? "" : SHARED) + filterClause(filter),
                Long.class);
        return bind(query, caller, otherPartner, filter).getSingleResult();
    }

    /**
     * A page in two queries, whatever its size. The first picks the page's relationship ids in the table's
     * order from the partner's relationships alone (the reseller joined only to sort by its name); the second
     * reads those rows with their reseller by primary key. One query with both joins lets Derby's optimizer, once the organization
     * table is large, prefer a scan of all organizations, a hash join and a sort of the partner's whole list
     * (measured: 100,000 rows read and sorted for 25 shown); split this way, the page never depends on that
     * choice.
     */
    private List<CustomerRow> find(Caller caller, Long otherPartner, PageRequest page, CustomerFilter filter) {
        String order = PageQueries.orderBy(page, SORTABLE, DEFAULT_ORDER) + ", r.id asc";
        TypedQuery<Long> pageIds = em.createQuery(
                        "select r.id" + from(order) + WHERE + (otherPartner == null ? "" : SHARED)
                                + filterClause(filter) + " order by " + order,
                        Long.class)
                .setFirstResult(page.first())
                .setMaxResults(page.size());
        List<Long> ids = bind(pageIds, caller, otherPartner, filter).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CustomerRow> rows = new HashMap<>();
        em.createQuery(
                        "select r.id, r.customer.id, r.customerName, r.customerDomain, r.customerCountry, s.name,"
                                + " r.startedAt from CustomerRelationship r join r.reseller s where r.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> rows.put(
                        (Long) row[0],
                        new CustomerRow(
                                (Long) row[1],
                                (String) row[2],
                                (String) row[3],
                                (String) row[4],
                                (String) row[5],
                                (Instant) row[6])));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList(); // relationships are never deleted
    }

    /** The FROM clause, with the reseller joined only when the order is by its name. */
    private static String from(String order) {
        return " from CustomerRelationship r" + (order != null && order.startsWith("s.") ? " join r.reseller s" : "");
    }

    private static String filterClause(CustomerFilter filter) {
        return (filter.name() == null ? "" : " and lower(r.customerName) like :name escape '\\'")
                + (filter.domain() == null ? "" : " and lower(r.customerDomain) like :domain escape '\\'")
                + (filter.country() == null ? "" : " and r.customerCountry = :country");
    }

    private static <T> TypedQuery<T> bind(
            TypedQuery<T> query, Caller caller, Long otherPartner, CustomerFilter filter) {
        query.setParameter("partner", caller.organizationId()).setParameter("active", RelationshipStatus.ACTIVE);
        if (otherPartner != null) {
            query.setParameter("other", otherPartner);
        }
        if (filter.name() != null) {
            query.setParameter("name", CustomerFilter.containsPattern(filter.name()));
        }
        if (filter.domain() != null) {
            query.setParameter("domain", CustomerFilter.containsPattern(filter.domain()));
        }
        if (filter.country() != null) {
            query.setParameter("country", filter.country());
        }
        return query;
    }

    /** The partner on the other side of one of the caller's partnerships; another id is refused and audited. */
    private long otherSide(Caller caller, long partnershipId) {
        Partnership partnership = em.find(Partnership.class, partnershipId);
        if (partnership == null || !partnership.involves(caller.organizationId())) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    "partnership " + partnershipId,
                    "shared customers of a partnership the caller's organization is not part of",
                    caller.organizationId());
            throw new CustomerRefusedException(CustomerRefusedException.Reason.NOT_FOUND);
        }
        return partnership.otherSideOf(caller.organizationId()).getId();
    }
}
