package org.channelcenter.customer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.customer.control.CustomerAccess;
import org.channelcenter.customer.entity.CustomerRefusedException;
import org.channelcenter.customer.entity.CustomerRelationship;
import org.channelcenter.customer.entity.RelationshipStatus;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.SortKey;
import org.channelcenter.kernel.boundary.Total;
import org.channelcenter.kernel.control.Counters;
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

    // Each order the table offers is one key column of the caller's relationship r, read with its id from the
    // partner's index (partner, status, key, id), and on Derby its DESC twin (V11, V17): name and reseller by
    // their lower-case keys (case-insensitive), domain (already lower-case), country and since.
    private static final Map<String, String> SORT_KEYS = Map.of(
            "name", "r.customerNameKey",
            "domain", "r.customerDomain",
            "countryCode", "r.customerCountry",
            "resellerName", "r.resellerNameKey",
            "since", "r.startedAt");

    private static final String DEFAULT_KEY = "r.customerNameKey";

    // r is the caller's relationship; it carries the customer's name, domain and country and the reseller's name,
    // so that filters and orders need no join: a page is read from one of the partner's indexes alone, however
    // many customers the partner has.
    private static final String WHERE = " where r.partner.id = :partner and r.status = :active";

    // A page of View customers walks the caller's index of the order and looks each relationship's customer up on
    // the other side. The customer is read through the relationship's own row (own, by primary key) rather than
    // from r: r then needs only its id and key, which every order's index holds, so Derby reads the page from the
    // index of the order; with r.customerId, no index held all of r's columns, and Derby read another one whole and
    // sorted 1,000,000 relationships (45 s at 1,000,000 customers). The subquery that refers to its own second
    // table is also never flattened into a join, so Derby looks each row up (26 look-ups for a page).
    // The customer's id column throughout: comparing the associations (q.customer = r.customer) made EclipseLink
    // join the organization table into the subquery.
    private static final String SHARED =
            " and exists (select q.id from CustomerRelationship q, CustomerRelationship own"
                    + " where own.id = r.id and q.customerId = own.customerId and q.partner.id = :other"
                    + " and q.status = :active)";

    // The unfiltered count reads both sides in customer order instead, from index entries alone (V21).
    private static final String SHARED_BY_CUSTOMER = " and exists (select q.id from CustomerRelationship q"
            + " where q.customerId = r.customerId and q.partner.id = :other and q.status = :active)";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CustomerAccess access;

    @Inject
    Counters counters;

    @EJB
    AuditLog auditLog;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** How many customers the caller's organization has an active relationship with, matching the filter. */
    public long count(@NotNull CustomerFilter filter) {
        return count(currentCaller.requirePartner(), null, filter);
    }

    /**
     * The Customers table's total: never a count of the whole list on a page turn (the table asks once per
     * filter). Unfiltered, the partner's number of customers; filtered, a count that stops at {@link Total#BOUND}
     * ("more than 1,000").
     */
    public Total total(@NotNull CustomerFilter filter) {
        Caller caller = currentCaller.requirePartner();
        if (filter.equals(CustomerFilter.NONE)) {
            return unfilteredTotal(caller);
        }
        return countUpTo(caller, null, filter);
    }

    /**
     * The partner's exact number of customers, from the counter the database keeps with every relationship
     * (V15/V16): no count of its list at any size, and an exact total lets the paginator offer the last page.
     */
    private Total unfilteredTotal(Caller caller) {
        return Total.exactly(counters.customers(caller.organizationId()));
    }

    /** One keyset page of the caller's organization's customers (see {@link PageRequest.Seek}). */
    public KeyedPage<CustomerRow> page(@NotNull PageRequest page, @NotNull CustomerFilter filter) {
        return page(currentCaller.requirePartner(), null, page, filter);
    }

    /** View customers' total: bounded as {@link #total}'s filtered count. */
    public Total totalShared(long partnershipId, @NotNull CustomerFilter filter) {
        Caller caller = currentCaller.requirePartner();
        return countUpTo(caller, otherSide(caller, partnershipId), filter);
    }

    /** View customers: one keyset page of the customers the caller's organization shares with its partner. */
    public KeyedPage<CustomerRow> pageShared(
            long partnershipId, @NotNull PageRequest page, @NotNull CustomerFilter filter) {
        Caller caller = currentCaller.requirePartner();
        return page(caller, otherSide(caller, partnershipId), page, filter);
    }

    /**
     * One page of the caller's organization's customers (reseller of record included), in two queries whatever
     * the page's size.
     */
    public List<CustomerRow> find(@NotNull PageRequest page, @NotNull CustomerFilter filter) {
        return page(currentCaller.requirePartner(), null, page, filter).rows();
    }

    /** How many customers both sides of the partnership have an active relationship with. */
    public long countShared(long partnershipId, @NotNull CustomerFilter filter) {
        Caller caller = currentCaller.requirePartner();
        return count(caller, otherSide(caller, partnershipId), filter);
    }

    /** View customers: one page of the customers the caller's organization shares with its partner. */
    public List<CustomerRow> findShared(long partnershipId, @NotNull PageRequest page, @NotNull CustomerFilter filter) {
        Caller caller = currentCaller.requirePartner();
        return page(caller, otherSide(caller, partnershipId), page, filter).rows();
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
                "select count(r) from CustomerRelationship r" + WHERE + (otherPartner == null ? "" : SHARED)
                        + filterClause(filter),
                Long.class);
        return bind(query, caller, otherPartner, filter).getSingleResult();
    }

    /** The ids of the matching relationships in the table's default order, counted up to the bound. */
    private Total countUpTo(Caller caller, Long otherPartner, CustomerFilter filter) {
        TypedQuery<Long> ids;
        if (otherPartner != null && filter.equals(CustomerFilter.NONE)) {
            // all the customers shared with the other partner, in customer order: both sides' relationships are
            // then read from index entries alone (V21: the partner's by customer, the other's by customer and
            // partner), never from the rows the name order would visit one by one, about 15 times cheaper
            ids = em.createQuery(
                    "select r.customerId from CustomerRelationship r" + WHERE + SHARED_BY_CUSTOMER
                            + " order by r.customerId",
                    Long.class);
        } else {
            String key = filter.country() != null ? "r.customerCountry, " + DEFAULT_KEY : defaultKey(filter);
            ids = em.createQuery(
                    "select r.id from CustomerRelationship r" + WHERE + (otherPartner == null ? "" : SHARED)
                            + filterClause(filter) + " order by " + key + ", r.id",
                    Long.class);
        }
        return PageQueries.countUpTo(bind(ids, caller, otherPartner, filter));
    }

    /**
     * A page in two queries, whatever its size and wherever it is in the list. The first reads the page's
     * relationship ids and sort keys from the partner's index of that key, starting at the request's seek (the
     * page on screen or the end of the order, read backwards for a previous or last page) so that it never walks
     * or sorts the rows before it; the second reads those rows with their reseller by primary key.
     */
    private KeyedPage<CustomerRow> page(Caller caller, Long otherPartner, PageRequest page, CustomerFilter filter) {
        String key =
                page.sortField() == null ? defaultKey(filter) : SORT_KEYS.getOrDefault(page.sortField(), DEFAULT_KEY);
        boolean ascending = page.sortField() == null || page.ascending();
        PageRequest request =
                new PageRequest(page.first(), page.size(), page.sortField(), ascending, page.filter(), page.seek());
        // with the country filter the name order is read from (partner, status, country, name key, id)
        String order = PageQueries.seekOrder(request, key, "r.id");
        if (filter.country() != null && key.equals(DEFAULT_KEY)) {
            order = "r.customerCountry" + (PageQueries.readsAscending(request) ? " asc, " : " desc, ") + order;
        }
        String ordered = " order by " + order;
        List<Object[]> read = PageQueries.readSeek(
                request,
                key,
                "r.id",
                seek -> bind(
                        em.createQuery(
                                "select r.id, " + key + " from CustomerRelationship r" + WHERE
                                        + (otherPartner == null ? "" : SHARED) + filterClause(filter) + seek
                                        + ordered,
                                Object[].class),
                        caller,
                        otherPartner,
                        filter));
        if (read.isEmpty()) {
            return KeyedPage.empty();
        }
        List<Long> ids = read.stream().map(row -> (Long) row[0]).toList();
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
        Map<CustomerRow, SortKey> keys = new IdentityHashMap<>();
        List<CustomerRow> inReadOrder = new ArrayList<>();
        for (Object[] row : read) {
            CustomerRow customer = rows.get((Long) row[0]); // relationships are never deleted
            if (customer != null) {
                keys.put(customer, new SortKey((Serializable) row[1], (Long) row[0]));
                inReadOrder.add(customer);
            }
        }
        return PageQueries.keyedPage(request, inReadOrder, keys::get);
    }

    /**
     * The order when the table asks for none: by name, or by domain when only the domain is filtered, so that
     * the domain search reads its stretch of the domain index in order instead of sorting it by name.
     */
    private static String defaultKey(CustomerFilter filter) {
        return filter.domain() != null && filter.name() == null && filter.country() == null
                ? SORT_KEYS.get("domain")
                : DEFAULT_KEY;
    }

    /**
     * The filters: name and domain "start with" (a range of the lower-case name key, of the lower-case domain:
     * one stretch of an index), country is exact.
     */
    private static String filterClause(CustomerFilter filter) {
        return (filter.name() == null ? "" : " and r.customerNameKey >= :nameFrom and r.customerNameKey < :nameTo")
                + (filter.domain() == null
                        ? ""
                        : " and r.customerDomain >= :domainFrom and r.customerDomain < :domainTo")
                + (filter.country() == null ? "" : " and r.customerCountry = :country");
    }

    private static <T> TypedQuery<T> bind(
            TypedQuery<T> query, Caller caller, Long otherPartner, CustomerFilter filter) {
        query.setParameter("partner", caller.organizationId()).setParameter("active", RelationshipStatus.ACTIVE);
        if (otherPartner != null) {
            query.setParameter("other", otherPartner);
        }
        if (filter.name() != null) {
            String prefix = CustomerRelationship.nameKey(filter.name());
            query.setParameter("nameFrom", prefix).setParameter("nameTo", PageQueries.prefixEnd(prefix));
        }
        if (filter.domain() != null) {
            String prefix = filter.domain().toLowerCase(Locale.ROOT);
            query.setParameter("domainFrom", prefix).setParameter("domainTo", PageQueries.prefixEnd(prefix));
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
