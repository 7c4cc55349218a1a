package org.channelcenter.kernel.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.channelcenter.kernel.entity.OrganizationKind;

/**
 * The dashboard counts kept by the database (migrations V15 and V16): triggers change them in the same transaction
 * as the rows they count, so each is read here as one row, whatever the number of customers, subscriptions or
 * orders. Read with native SQL, never through an entity: EclipseLink's cache would show a stale count, since the
 * triggers write these rows behind JPA's back.
 * <p>
 * Recent orders are counted per UTC day: "the last 30 days" are today (UTC) and the 29 days before it, whole days,
 * so an order placed 30 days and one hour ago has just left the count at midnight UTC rather than at that hour.
 */
@Dependent
public class Counters {

    /** How many UTC days, today included, the "recent orders" figures cover. */
    public static final int RECENT_DAYS = 30;

    /** The organization id whose {@code order_day} rows count every order of the system (identities start at 1). */
    private static final long SYSTEM = 0;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /**
     * The organization's ACTIVE customer relationships in which it is the partner: exactly what the unfiltered
     * Customers page counts.
     */
    public long customers(long organizationId) {
        List<?> rows = em.createNativeQuery("SELECT customers FROM organization_counter WHERE organization_id = ?")
                .setParameter(1, organizationId)
                .getResultList();
        return rows.isEmpty() ? 0 : number(rows.get(0));
    }

    /**
     * The orders the organization holds (as provider or as reseller of record) of customers it still has an ACTIVE
     * relationship with: exactly what the unsearched Orders page lists. A sum of its day rows, one per day with
     * orders, however many orders there are.
     */
    public long orders(long organizationId) {
        return number(em.createNativeQuery("SELECT COALESCE(SUM(orders), 0) FROM order_day WHERE organization_id = ?")
                .setParameter(1, organizationId)
                .getSingleResult());
    }

    /**
     * Locks the organizations' counter rows for the rest of the transaction (an update that changes nothing, one
     * statement, rows taken in key order), so that writers whose triggers will update them queue here, before
     * they lock anything else.
     */
    public void holdFor(long... organizationIds) {
        if (organizationIds.length == 0) {
            return;
        }
        StringBuilder marks = new StringBuilder();
        for (int i = 1; i <= organizationIds.length; i++) {
            marks.append(i == 1 ? "?" : ", ?").append(i);
        }
        Query update = em.createNativeQuery(
                "UPDATE organization_counter SET customers = customers" + " WHERE organization_id IN (" + marks + ")");
        for (int i = 0; i < organizationIds.length; i++) {
            update.setParameter(i + 1, organizationIds[i]);
        }
        update.executeUpdate();
    }

    /** The partner's figures and its orders since {@link #recentFrom}, in one query. */
    public PartnerFigures partner(long organizationId, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT c.customers, c.subscriptions, c.licenses, c.licenses_assigned,"
                        + " (SELECT COALESCE(SUM(d.orders), 0) FROM order_day d"
                        + " WHERE d.organization_id = c.organization_id AND d.placed_on >= ?)"
                        + " FROM organization_counter c WHERE c.organization_id = ?")
                .setParameter(1, Date.valueOf(recentFrom(now)))
                .setParameter(2, organizationId)
                .getResultList();
        if (rows.isEmpty()) {
            return new PartnerFigures(0, 0, 0, 0, 0);
        }
        Object[] row = (Object[]) rows.get(0);
        return new PartnerFigures(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]));
    }

    /** The staff's figures over the whole system, in one query. */
    public SystemFigures system(Instant now) {
        List<?> rows = em.createNativeQuery("SELECT name, amount FROM system_counter UNION ALL"
                        + " SELECT 'recentOrders', COALESCE(SUM(orders), 0) FROM order_day"
                        + " WHERE organization_id = ? AND placed_on >= ?")
                .setParameter(1, SYSTEM)
                .setParameter(2, Date.valueOf(recentFrom(now)))
                .getResultList();
        Map<OrganizationKind, Long> organizations = new EnumMap<>(OrganizationKind.class);
        for (OrganizationKind kind : OrganizationKind.values()) {
            organizations.put(kind, 0L);
        }
        long registryProfiles = 0;
        long orders = 0;
        long recentOrders = 0;
        for (Object each : rows) {
            Object[] row = (Object[]) each;
            String name = ((String) row[0]).trim();
            long amount = number(row[1]);
            switch (name) {
                case "registryProfiles" -> registryProfiles = amount;
                case "orders" -> orders = amount;
                case "recentOrders" -> recentOrders = amount;
                default -> organizations.put(
                        OrganizationKind.valueOf(name.substring("organizations.".length())), amount);
            }
        }
        return new SystemFigures(organizations, registryProfiles, orders, recentOrders);
    }

    /** The first UTC day the "recent orders" figures count at {@code now}. */
    public static LocalDate recentFrom(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(RECENT_DAYS - 1L);
    }

    /** COUNT and SUM come back as Integer, Long or BigDecimal depending on the database. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * A partner's tiles: its customers (ACTIVE relationships it is partner of), and of its customers with such a
     * relationship, the ACTIVE subscriptions it holds (as provider or reseller of record), their licenses and how
     * many of them are assigned, and the orders it holds placed in the last {@link #RECENT_DAYS} UTC days.
     */
    public record PartnerFigures(
            long customers, long subscriptions, long licenses, long licensesAssigned, long recentOrders) {}

    /**
     * The staff's tiles: ACTIVE organizations by kind, ACTIVE registry profiles, every order ever placed, and the
     * orders placed in the last {@link #RECENT_DAYS} UTC days.
     */
    public record SystemFigures(
            Map<OrganizationKind, Long> activeOrganizations, long registryProfiles, long orders, long recentOrders) {}
}
