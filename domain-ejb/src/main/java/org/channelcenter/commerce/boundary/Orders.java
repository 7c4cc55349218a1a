package org.channelcenter.commerce.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.commerce.control.HoldingSide;
import org.channelcenter.commerce.control.OrderCredit;
import org.channelcenter.commerce.entity.CommerceRefusedException;
import org.channelcenter.commerce.entity.CommerceRefusedException.Reason;
import org.channelcenter.commerce.entity.CustomerOrder;
import org.channelcenter.commerce.entity.Offer;
import org.channelcenter.commerce.entity.OrderLine;
import org.channelcenter.commerce.entity.OrderStatus;
import org.channelcenter.commerce.entity.Subscription;
import org.channelcenter.customer.control.CustomerAccess;
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
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.partnership.entity.Partnership;

/**
 * Orders on behalf of customers (SPEC §7). A provider's admin or sales agent places an order for a customer,
 * naming the reseller of record; it is accepted only if the provider and the reseller both have an ACTIVE
 * reseller relationship with the customer and the provider–reseller partnership is ACTIVE, all read from the
 * database in the ordering transaction. Each line creates a subscription or adds licenses to the customer's
 * open one of that offer, provider and reseller; the order is written whole or not at all, and every refusal
 * is audited. A customer's order history is read by the provider or the reseller of record of each order.
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT, Role.Names.HELPDESK_AGENT})
public class Orders {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CustomerAccess access;

    @Inject
    AuditTrail trail;

    @Inject
    Counters counters;

    @Inject
    OrderCredit credit;

    @EJB
    AuditLog auditLog;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /**
     * Places the order and fulfils it: one subscription created or extended per line. Refused, audited and
     * nothing written when a relationship or the partnership is missing, when the order has no lines or names
     * an offer twice, or when an offer is inactive or a quantity (or the subscription's resulting total) is
     * outside the offer's limits. A provider with no relationship with the customer ever is refused as for any
     * foreign customer (not found). Refused the same way when the reseller's credit with the provider does not allow
     * it ({@link OrderCredit}: a credit hold, or the order over the credit limit).
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public OrderRow place(@NotNull @Valid NewOrder order) {
        Caller caller = requireProvider("place an order for customer " + order.customerId());
        try {
            return fulfil(caller, order);
        } catch (DomainException refused) {
            auditLog.recordDenial(
                    AuditAction.ORDER_REFUSED,
                    "customer " + order.customerId(),
                    refused.reason() + " (reseller of record " + order.resellerId() + ")",
                    caller.organizationId());
            throw refused;
        }
    }

    /**
     * The resellers the caller's provider may name as reseller of record for the customer: those with an
     * active relationship with the customer and an active partnership with the provider, by name.
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public List<ResellerChoice> resellersOfRecord(long customerId) {
        Caller caller = requireProvider("order form of customer " + customerId);
        access.require(caller, customerId);
        return em.createQuery(
                        "select r.partner.id, r.partner.name from CustomerRelationship r, Partnership p"
                                + " where r.customer.id = :customer and r.activePair is not null"
                                + " and r.partner.kind = :reseller and p.reseller = r.partner and p.provider.id = :provider"
                                + " and p.activePair is not null order by r.partner.name, r.partner.id",
                        Object[].class)
                .setParameter("customer", customerId)
                .setParameter("reseller", OrganizationKind.RESELLER)
                .setParameter("provider", caller.organizationId())
                .setMaxResults(PageRequest.MAX_SIZE)
                .getResultStream()
                .map(row -> new ResellerChoice((Long) row[0], (String) row[1]))
                .toList();
    }

    /**
     * The active offers of the catalog, by name, for the order form's choice (at most one page: the catalog is
     * kept by staff and small; a longer one would need a search box).
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public List<OfferChoice> orderableOffers() {
        requireProvider("offers to order");
        return em.createQuery(
                        "select new org.channelcenter.commerce.boundary.OfferChoice(o.id, o.name, o.billingCycle,"
                                + " o.unitPrice, o.currency, o.minQuantity, o.maxQuantity) from Offer o where o.active = true"
                                + " order by o.name, o.id",
                        OfferChoice.class)
                .setMaxResults(PageRequest.MAX_SIZE)
                .getResultList();
    }

    /** How many orders of the customer the caller's organization placed (provider) or is reseller of record of. */
    public long count(long customerId) {
        Caller caller = currentCaller.requirePartner();
        access.require(caller, customerId);
        return em.createQuery(
                        "select count(o) from CustomerOrder o where o.customer.id = :customer and "
                                + HoldingSide.of(caller, "o") + ".id = :org",
                        Long.class)
                .setParameter("customer", customerId)
                .setParameter("org", caller.organizationId())
                .getSingleResult();
    }

    /**
     * One page of the customer's order history, newest first, in three queries whatever the page's size: the
     * page's ids (from the customer-and-partner index), the orders, their lines.
     */
    public List<OrderRow> find(long customerId, @NotNull PageRequest page) {
        return history(customerId, new PageRequest(page.first(), page.size(), null, false, null))
                .rows();
    }

    /** The order history's total, counted up to {@link Total#BOUND}. */
    public Total historyTotal(long customerId) {
        Caller caller = currentCaller.requirePartner();
        access.require(caller, customerId);
        return PageQueries.countUpTo(
                em.createQuery("select o.id" + history(caller) + " order by o.placedAt desc, o.id desc", Long.class)
                        .setParameter("customer", customerId)
                        .setParameter("org", caller.organizationId()));
    }

    /**
     * One keyset page of the customer's order history, newest first (the request's order is ignored): read from
     * the customer-and-partner index (V9; on Derby its ascending twin, V18, for the previous and last pages).
     */
    public KeyedPage<OrderRow> history(long customerId, @NotNull PageRequest page) {
        Caller caller = currentCaller.requirePartner();
        access.require(caller, customerId);
        PageRequest newestFirst = new PageRequest(page.first(), page.size(), null, false, null, page.seek());
        List<Object[]> read = PageQueries.readSeek(newestFirst, "o.placedAt", "o.id", seek -> em.createQuery(
                        "select o.id, o.placedAt" + history(caller) + seek + " order by "
                                + PageQueries.seekOrder(newestFirst, "o.placedAt", "o.id"),
                        Object[].class)
                .setParameter("customer", customerId)
                .setParameter("org", caller.organizationId()));
        return keyedRows(newestFirst, read);
    }

    private static String history(Caller caller) {
        return " from CustomerOrder o where o.customer.id = :customer and " + HoldingSide.of(caller, "o")
                + ".id = :org";
    }

    /**
     * How many orders the caller's organization has across its customers (the Orders page): those a provider
     * placed, or those a reseller is the reseller of record of; optionally only of customers whose name
     * starts with {@code customerName}, ignoring case. Only customers the organization still has an active relationship with
     * count: a customer that removed a partner takes its data out of that partner's reach (SPEC §1, §6).
     */
    public long countOrganizationOrders(String customerName) {
        Caller caller = currentCaller.requirePartner();
        PageRequest filter = new PageRequest(0, 1, null, true, customerName);
        OrderSelection orders = organizationOrders(caller, filter);
        return orders.none()
                ? 0
                : orders.bind(em.createQuery("select count(o)" + orders.from(), Long.class))
                        .getSingleResult();
    }

    /**
     * The Orders page's total, asked once per search: unsearched, the exact number from the organization's order
     * counters (V15/V16 keep them with every order and relationship, with exactly this page's meaning), so no
     * order is read; searched, a count that stops at {@link Total#BOUND} ("more than 1,000").
     */
    public Total organizationOrdersTotal(String customerName) {
        Caller caller = currentCaller.requirePartner();
        PageRequest filter = new PageRequest(0, 1, null, false, customerName);
        if (filter.filter() == null) {
            return Total.exactly(counters.orders(caller.organizationId()));
        }
        OrderSelection orders = organizationOrders(caller, filter);
        return orders.none()
                ? Total.exactly(0)
                : PageQueries.countUpTo(orders.bind(em.createQuery(
                        "select o.id" + orders.from() + " order by o.placedAt desc, o.id desc", Long.class)));
    }

    /**
     * One page of them, newest first ({@code page.filter()} is the customer-name filter), in three queries
     * whatever the page's size: the page's ids, read in order from the organization's (provider or reseller)
     * placed-at index with V13 and stopped after the page, then the orders and their lines.
     */
    public List<OrderRow> findOrganizationOrders(@NotNull PageRequest page) {
        return organizationOrders(new PageRequest(page.first(), page.size(), null, false, page.filter()))
                .rows();
    }

    /**
     * One keyset page of them, newest first (the request's order is ignored): from the page on screen or from
     * the end, read from the placed-at index (V13; on Derby its ascending twin, V18, for the previous and last
     * pages), so a far page reads no more than the first.
     */
    public KeyedPage<OrderRow> organizationOrders(@NotNull PageRequest page) {
        Caller caller = currentCaller.requirePartner();
        PageRequest newestFirst = new PageRequest(page.first(), page.size(), null, false, page.filter(), page.seek());
        OrderSelection orders = organizationOrders(caller, newestFirst);
        if (orders.none()) {
            return KeyedPage.empty();
        }
        List<Object[]> read = PageQueries.readSeek(
                newestFirst,
                "o.placedAt",
                "o.id",
                seek -> orders.bind(em.createQuery(
                        "select o.id, o.placedAt" + orders.from() + seek + " order by "
                                + PageQueries.seekOrder(newestFirst, "o.placedAt", "o.id"),
                        Object[].class)));
        return keyedRows(newestFirst, read);
    }

    /** The rows of the (id, placed-at) pairs read, with their keys, in the page's order. */
    private KeyedPage<OrderRow> keyedRows(PageRequest page, List<Object[]> read) {
        if (read.isEmpty()) {
            return KeyedPage.empty();
        }
        Map<Long, OrderRow> rows = rows(read.stream().map(row -> (Long) row[0]).toList()).stream()
                .collect(Collectors.toMap(OrderRow::id, Function.identity()));
        Map<OrderRow, SortKey> keys = new IdentityHashMap<>();
        List<OrderRow> inReadOrder = new ArrayList<>();
        for (Object[] row : read) {
            OrderRow order = rows.get((Long) row[0]);
            if (order != null) {
                keys.put(order, new SortKey((Instant) row[1], (Long) row[0]));
                inReadOrder.add(order);
            }
        }
        return PageQueries.keyedPage(page, inReadOrder, keys::get);
    }

    /**
     * The orders of the organization's side, each with its own ACTIVE relationship with the order's customer,
     * read in two ways, whichever reads fewer rows:
     * <ul>
     *   <li>From the side's placed-at index in the page's order (V13; V18 backwards), each order's customer looked
     *       up among the organization's relationships (by customer, status and partner: V21), until the page is
     *       full: without a search, and for a search that more than {@link Total#BOUND} of the organization's
     *       customers match (at most about one order in a thousand is then passed over). The customer is read
     *       through the order's own row (own, by primary key), so the outer order needs only its id and time, which
     *       the placed-at index holds; with o.customerId, Derby read an index that held all of them whole and sorted
     *       1,000,000 orders (24 s). A subquery over its own second table is never flattened into a join.
     *   <li>For a search that at most {@link Total#BOUND} customers match: their ids first (a stretch of the name
     *       index), then their orders by customer (the side's customer index, one probe per id), and only those
     *       sorted. Read the first way, a name that few customers have walked the whole list (214,215 orders read
     *       for one page, 166 s on Derby at 1,000,000); joined, Derby chose either table first by its estimates.
     * </ul>
     * The search is "starts with", ignoring case: a stretch of the lower-case name key's index.
     */
    private OrderSelection organizationOrders(Caller caller, PageRequest filter) {
        String owned = " from CustomerOrder o where " + HoldingSide.of(caller, "o") + ".id = :org";
        if (filter.filter() == null) {
            return new OrderSelection(caller, null, null, owned + " and exists" + RELATED + ")");
        }
        String prefix = CustomerRelationship.nameKey(filter.filter());
        List<Long> named = OrderSelection.named(
                        em.createQuery(
                                "select r.customerId from CustomerRelationship r where r.partner.id = :org"
                                        + " and r.status = :active" + NAMED + " order by r.customerNameKey, r.id",
                                Long.class),
                        caller,
                        prefix)
                .setMaxResults(Total.BOUND + 1)
                .getResultList();
        return named.size() <= Total.BOUND
                ? new OrderSelection(caller, null, named, owned + " and o.customerId in :customers")
                : new OrderSelection(caller, prefix, null, owned + " and exists" + RELATED + NAMED + ")");
    }

    /** The order's customer among the organization's active relationships (see {@link #organizationOrders}). */
    private static final String RELATED = " (select r.id from CustomerRelationship r, CustomerOrder own"
            + " where own.id = o.id and r.customerId = own.customerId and r.partner.id = :org and r.status = :active";

    /** The relationship's customer's name starts with the search: a range of the name key. */
    private static final String NAMED = " and r.customerNameKey >= :nameFrom and r.customerNameKey < :nameTo";

    /**
     * What the Orders page reads ({@code from}: its JPQL from "from" on) and its parameters: the organization, and
     * the search's range of name keys or the ids of the customers it matched.
     */
    private record OrderSelection(Caller caller, String prefix, List<Long> customers, String from) {

        /** A search that no customer matches: nothing to read. */
        boolean none() {
            return customers != null && customers.isEmpty();
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            return customers == null
                    ? named(query, caller, prefix)
                    : query.setParameter("org", caller.organizationId()).setParameter("customers", customers);
        }

        static <T> TypedQuery<T> named(TypedQuery<T> query, Caller caller, String prefix) {
            query.setParameter("org", caller.organizationId()).setParameter("active", RelationshipStatus.ACTIVE);
            return prefix == null
                    ? query
                    : query.setParameter("nameFrom", prefix).setParameter("nameTo", PageQueries.prefixEnd(prefix));
        }
    }

    private OrderRow fulfil(Caller caller, NewOrder order) {
        long customerId = order.customerId();
        CustomerRelationship providerRelationship = requireProviderRelationship(caller, customerId);
        Organization customer = providerRelationship.getCustomer();
        Organization provider = providerRelationship.getPartner();
        Organization reseller = activeRelationship(customerId, order.resellerId())
                .filter(relationship -> relationship.getPartner().getKind() == OrganizationKind.RESELLER)
                .map(CustomerRelationship::getPartner)
                .orElseThrow(() -> new CommerceRefusedException(Reason.RESELLER_NOT_RELATED));
        if (em.createNamedQuery(Partnership.ACTIVE_FOR_PAIR, Partnership.class)
                .setParameter("pair", Partnership.pairKey(provider.getId(), reseller.getId()))
                .getResultList()
                .isEmpty()) {
            throw new CommerceRefusedException(Reason.PARTNERSHIP_NOT_ACTIVE);
        }
        // every order of this provider and reseller takes their counter rows first (V16's triggers update them when
        // the order's rows are written): racing orders then wait for each other at the start instead of locking
        // subscription, order and counter rows in different orders, which Derby ended as a deadlock
        counters.holdFor(provider.getId(), reseller.getId());
        Map<Long, Offer> offers = offers(order.lines());
        Map<Long, Subscription> open = openSubscriptions(customer, provider, reseller, offers.keySet());
        // before anything is written: the open subscriptions' histories are what this month is charged so far
        credit.check(
                provider.getId(),
                reseller.getId(),
                order.lines().stream()
                        .map(line -> new OrderCredit.Addition(
                                line.offerId(),
                                open.containsKey(line.offerId())
                                        ? open.get(line.offerId()).getId()
                                        : null,
                                line.quantity()))
                        .toList(),
                LocalDate.now(ZoneOffset.UTC));

        Instant now = Instant.now();
        CustomerOrder placed = new CustomerOrder(customer, provider, reseller, caller.loginName(), now);
        for (NewOrder.Line line : order.lines()) {
            Offer offer = offers.get(line.offerId());
            Subscription subscription = open.get(offer.getId());
            boolean opened = subscription == null;
            if (opened) {
                subscription =
                        new Subscription(customer, offer, provider, reseller, line.quantity(), caller.loginName(), now);
                em.persist(subscription);
                em.persist(subscription.opened());
            } else {
                em.persist(subscription.addLicenses(line.quantity(), caller.loginName(), now));
            }
            placed.add(offer, line.quantity(), subscription, opened);
        }
        em.persist(placed);
        flush();

        Long[] concerned = {provider.getId(), reseller.getId(), customer.getId()};
        trail.record(
                AuditAction.ORDER_PLACED,
                "order " + placed.getId(),
                "customer " + customerId + ", reseller of record " + reseller.getId() + ", "
                        + placed.getLines().size() + " line(s)",
                concerned);
        for (OrderLine line : placed.getLines()) {
            Subscription subscription = line.getSubscription();
            trail.record(
                    line.isCreatedSubscription()
                            ? AuditAction.SUBSCRIPTION_CREATED
                            : AuditAction.SUBSCRIPTION_LICENSES_ADDED,
                    "subscription " + subscription.getId(),
                    "offer " + line.getOffer().getId() + ": +" + line.getQuantity() + " = " + subscription.getQuantity()
                            + " (order " + placed.getId() + ")",
                    concerned);
        }
        return rows(List.of(placed.getId())).get(0);
    }

    /**
     * The provider's active relationship with the customer. A provider the customer removed is told the
     * order rule (it knew the customer); one that never had a relationship gets the audited "not found".
     */
    private CustomerRelationship requireProviderRelationship(Caller caller, long customerId) {
        return activeRelationship(customerId, caller.organizationId()).orElseGet(() -> {
            boolean hadOne = em.createQuery(
                                    "select count(r) from CustomerRelationship r"
                                            + " where r.customer.id = :customer and r.partner.id = :partner",
                                    Long.class)
                            .setParameter("customer", customerId)
                            .setParameter("partner", caller.organizationId())
                            .getSingleResult()
                    > 0;
            if (hadOne) {
                throw new CommerceRefusedException(Reason.PROVIDER_NOT_RELATED);
            }
            return access.require(caller, customerId); // refuses, audited, as not found
        });
    }

    private java.util.Optional<CustomerRelationship> activeRelationship(long customerId, long partnerId) {
        return em.createNamedQuery(CustomerRelationship.ACTIVE_FOR_PAIR, CustomerRelationship.class)
                .setParameter("pair", CustomerRelationship.pairKey(customerId, partnerId))
                .getResultStream()
                .findFirst();
    }

    /** The lines' offers, in one query: at least one line, each offer once, known and active. */
    private Map<Long, Offer> offers(List<NewOrder.Line> lines) {
        if (lines.isEmpty()) {
            throw new CommerceRefusedException(Reason.NO_LINES);
        }
        Set<Long> ids = new HashSet<>();
        for (NewOrder.Line line : lines) {
            if (!ids.add(line.offerId())) {
                throw new CommerceRefusedException(Reason.DUPLICATE_OFFER);
            }
        }
        Map<Long, Offer> offers = em.createQuery("select o from Offer o where o.id in :ids", Offer.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Offer::getId, Function.identity()));
        if (offers.size() != ids.size()) {
            throw new CommerceRefusedException(Reason.OFFER_NOT_FOUND);
        }
        offers.values().forEach(Subscription::requireOrderable);
        return offers;
    }

    /** The customer's open subscriptions of those offers from this provider and reseller, by offer, in one query. */
    private Map<Long, Subscription> openSubscriptions(
            Organization customer, Organization provider, Organization reseller, Set<Long> offerIds) {
        List<String> keys = offerIds.stream()
                .map(offerId -> Subscription.openKey(customer.getId(), offerId, provider.getId(), reseller.getId()))
                .toList();
        return em.createQuery("select s from Subscription s where s.openKey in :keys", Subscription.class)
                .setParameter("keys", keys)
                .getResultStream()
                .collect(Collectors.toMap(s -> s.getOffer().getId(), Function.identity()));
    }

    /**
     * Writes the order now, so that losing a race is told as a concurrent change: another order added licenses
     * to the same subscription (its version moved), or opened the same new one (its open key is unique).
     */
    private void flush() {
        Writes.flushOr(
                em,
                "the customer's subscriptions",
                e -> new ConcurrentChangeException("the customer's subscriptions", e));
    }

    private List<OrderRow> rows(List<Long> ids) {
        Map<Long, List<OrderRow.Line>> lines = new HashMap<>();
        em.createQuery(
                        "select l.order.id, f.id, f.name, l.quantity, l.unitPrice, l.currency, l.subscription.id,"
                                + " l.createdSubscription from OrderLine l join l.offer f where l.order.id in :ids"
                                + " order by l.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> lines.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new OrderRow.Line(
                                (Long) row[1],
                                (String) row[2],
                                (Integer) row[3],
                                (BigDecimal) row[4],
                                (String) row[5],
                                (Long) row[6],
                                (Boolean) row[7])));
        Map<Long, OrderRow> orders = new HashMap<>();
        em.createQuery(
                        "select o.id, o.placedAt, o.placedBy, c.id, c.name, p.name, r.name, o.status"
                                + " from CustomerOrder o join o.customer c join o.provider p join o.reseller r"
                                + " where o.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> orders.put(
                        (Long) row[0],
                        new OrderRow(
                                (Long) row[0],
                                (Instant) row[1],
                                (String) row[2],
                                (Long) row[3],
                                (String) row[4],
                                (String) row[5],
                                (String) row[6],
                                (OrderStatus) row[7],
                                lines.getOrDefault((Long) row[0], List.of()))));
        return ids.stream().map(orders::get).filter(Objects::nonNull).toList();
    }

    /** Orders are placed by providers; a reseller, customer or operator user is refused, and that is audited. */
    private Caller requireProvider(String what) {
        Caller caller = currentCaller.require();
        if (!caller.may(Permission.PLACE_ORDERS)) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    what,
                    "only providers' admins and sales agents place orders",
                    caller.organizationId());
            throw new EJBAccessException("orders are placed by providers");
        }
        return caller;
    }
}
