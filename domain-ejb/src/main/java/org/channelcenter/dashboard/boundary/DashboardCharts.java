package org.channelcenter.dashboard.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.billing.entity.InvoiceStatus;
import org.channelcenter.enrollment.entity.EnrollmentStatus;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.notification.entity.MailStatus;

/**
 * The Dashboard's charts (issue 16). No figure costs more with more customers: the partner's orders and licenses
 * per month come from V38's trigger-kept counts per quarter of an hour (one index range per month, V45), the
 * enrollment applications by state from V5's status index, and the mails of the last 14 days from V3's created-at
 * index. No row is loaded: each staff series is one query whose columns are
 * {@code SUM(CASE WHEN <in bucket> THEN 1 ELSE 0 END)}, one per day or age group, a GROUP BY over buckets written
 * as columns, which Derby and PostgreSQL run the same way. Every bucket's bounds are computed here, in the reader's
 * time zone, so a month is the reader's month and no database date function is needed.
 *
 * <p>The organization is always the caller's. A partner's chart is refused, and audited, for anyone but a
 * provider or a reseller; the staff charts for anyone but the operator's staff.
 */
@Stateless
@PermitAll
public class DashboardCharts {

    /** How far back the partner's chart goes, this month included. */
    public static final int MONTHS = 12;

    /** The length of one of V38's slots. */
    private static final long SLOT_SECONDS = 15 * 60;

    /** How far back the outbox chart goes, today included. */
    public static final int DAYS = 14;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AuditLog auditLog;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /**
     * The orders of the caller's side (a provider's own orders, a reseller's as reseller of record) and the licenses
     * assigned in its subscriptions, per month of the last {@link #MONTHS} months, oldest first. History: an order
     * stays counted after the customer ended the relationship, as it stays on the customer's order history.
     *
     * <p>Read from V38's {@code partner_activity}, the two counts per organization and quarter of an hour kept by
     * triggers, in one query of 12 index ranges: a month in {@code zone} is a range of quarters (every zone in use
     * is a whole number of quarters off UTC), so the cost is the partner's active quarters of a year, not its
     * orders. Native SQL, as the other trigger-kept counters ({@code Counters}): no entity cache may hold them.
     */
    public List<MonthActivity> partnerActivity(ZoneId zone) {
        Caller caller = currentCaller.require();
        if (!caller.organizationKind().isPartner()) {
            throw refused(caller, "partner activity chart");
        }
        YearMonth first = YearMonth.now(zone).minusMonths(MONTHS - 1L);
        long[] bounds = new long[MONTHS + 1];
        for (int i = 0; i <= MONTHS; i++) {
            bounds[i] = slot(first.plusMonths(i).atDay(1).atStartOfDay(zone).toInstant());
        }
        // one index range per month (V45's index holds the counts): each quarter is read once, by one branch
        StringBuilder select = new StringBuilder();
        for (int i = 0; i < MONTHS; i++) {
            select.append(i == 0 ? "" : " UNION ALL ")
                    .append("SELECT ")
                    .append(i)
                    .append(", SUM(orders), SUM(licenses) FROM partner_activity WHERE organization_id = ?")
                    .append(i + 1)
                    .append(" AND slot >= ")
                    .append(bounds[i])
                    .append(" AND slot < ")
                    .append(bounds[i + 1]);
        }
        // the bounds are longs computed here, written as literals: one statement text per month and zone offset
        Query query = em.createNativeQuery(select.toString());
        for (int i = 1; i <= MONTHS; i++) {
            query.setParameter(i, caller.organizationId());
        }
        long[] orders = new long[MONTHS];
        long[] licenses = new long[MONTHS];
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            int month = ((Number) columns[0]).intValue();
            orders[month] = number(columns[1]);
            licenses[month] = number(columns[2]);
        }
        List<MonthActivity> months = new ArrayList<>(MONTHS);
        for (int i = 0; i < MONTHS; i++) {
            months.add(new MonthActivity(first.plusMonths(i), orders[i], licenses[i]));
        }
        return months;
    }

    /**
     * The caller's revenue (and, for a reseller, margin) per billing month of the last {@link #MONTHS} months and
     * currency, oldest first, from its issued and paid invoices: a few rows per month whatever the number of
     * customers (an invoice carries its customers' total, {@code Invoice#getCustomerTotal}), read over V46's indexes.
     * Months without an invoice are left out. Only the partner's billing admins and global admins see it.
     */
    public List<MonthRevenue> revenue() {
        Caller caller = currentCaller.require();
        if (!caller.organizationKind().isPartner() || !caller.may(Permission.MANAGE_BILLING)) {
            throw refused(caller, "revenue chart");
        }
        boolean provider = caller.organizationKind() == OrganizationKind.PROVIDER;
        String first = YearMonth.now(ZoneOffset.UTC).minusMonths(MONTHS - 1L).toString();
        List<Object[]> rows = em.createQuery(
                        "select i.billingMonth, i.currency, sum(i.total), sum(i.customerTotal), sum(i.total - i.paid)"
                                + " from Invoice i where i." + (provider ? "providerId" : "resellerId")
                                + " = :organization and i.status in :counted and i.billingMonth >= :first"
                                + " group by i.billingMonth, i.currency order by i.billingMonth, i.currency",
                        Object[].class)
                .setParameter("organization", caller.organizationId())
                .setParameter("counted", List.of(InvoiceStatus.ISSUED, InvoiceStatus.PAID))
                .setParameter("first", first)
                .getResultList();
        List<MonthRevenue> months = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            BigDecimal invoiced = (BigDecimal) row[2];
            BigDecimal charged = (BigDecimal) row[3];
            months.add(new MonthRevenue(
                    YearMonth.parse((String) row[0]),
                    (String) row[1],
                    provider ? invoiced : charged,
                    provider ? null : charged.subtract(invoiced),
                    (BigDecimal) row[4]));
        }
        return months;
    }

    /** V38's slot of an instant: quarters of an hour since 1970-01-01 00:00 UTC. */
    static long slot(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), SLOT_SECONDS);
    }

    /**
     * Staff: every enrollment application by state, and those in review by how long ago they were submitted (see
     * {@link ApplicationFigures#AGES}).
     */
    public ApplicationFigures applications() {
        requireStaff("enrollment applications chart");
        Map<String, Long> byState = new LinkedHashMap<>();
        for (EnrollmentStatus status : EnrollmentStatus.values()) {
            byState.put(status.name(), 0L);
        }
        List<Object[]> rows = em.createQuery(
                        "select a.status, count(a) from EnrollmentApplication a group by a.status", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            byState.put(((EnrollmentStatus) row[0]).name(), ((Number) row[1]).longValue());
        }
        Instant now = Instant.now();
        // the age groups' bounds on submittedAt, newest first: [now - 1 day, now], [now - 7 days, now - 1 day), ...
        int groups = ApplicationFigures.AGE_FROM_DAYS.length;
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < groups; i++) {
            if (i > 0) {
                select.append(", ");
            }
            select.append("sum(case when a.submittedAt <= :to").append(i);
            if (i < groups - 1) {
                select.append(" and a.submittedAt > :from").append(i);
            }
            select.append(" then 1 else 0 end)");
        }
        Query query = em.createQuery(select + " from EnrollmentApplication a where a.status = :status");
        for (int i = 0; i < groups; i++) {
            query.setParameter("to" + i, now.minus(Duration.ofDays(ApplicationFigures.AGE_FROM_DAYS[i])));
            if (i < groups - 1) {
                query.setParameter("from" + i, now.minus(Duration.ofDays(ApplicationFigures.AGE_FROM_DAYS[i + 1])));
            }
        }
        query.setParameter("status", EnrollmentStatus.IN_REVIEW);
        Object[] sums = (Object[]) query.getSingleResult();
        List<Long> waiting = new ArrayList<>(groups);
        for (Object sum : sums) {
            waiting.add(sum == null ? 0L : ((Number) sum).longValue());
        }
        return new ApplicationFigures(byState, waiting);
    }

    /** Staff: the mails queued on each of the last {@link #DAYS} days (in {@code zone}), oldest first, by status. */
    public List<DayOfMail> outboxHealth(ZoneId zone) {
        requireStaff("outbox health chart");
        LocalDate firstDay = LocalDate.now(zone).minusDays(DAYS - 1L);
        List<Instant> bounds = new ArrayList<>();
        for (int i = 0; i <= DAYS; i++) {
            bounds.add(firstDay.plusDays(i).atStartOfDay(zone).toInstant());
        }
        StringBuilder select = new StringBuilder("select m.status");
        for (int i = 0; i < DAYS; i++) {
            select.append(", sum(case when m.createdAt >= :b")
                    .append(i)
                    .append(" and m.createdAt < :b")
                    .append(i + 1)
                    .append(" then 1 else 0 end)");
        }
        Query query = em.createQuery(select + " from OutboxMessage m where m.createdAt >= :b0 and m.createdAt < :b"
                + DAYS + " group by m.status");
        for (int i = 0; i <= DAYS; i++) {
            query.setParameter("b" + i, bounds.get(i));
        }
        long[] sent = new long[DAYS];
        long[] waiting = new long[DAYS];
        long[] failed = new long[DAYS];
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            long[] series =
                    switch ((MailStatus) columns[0]) {
                        case SENT -> sent;
                        case FAILED -> failed;
                        case PENDING, HELD -> waiting;
                    };
            for (int i = 0; i < DAYS; i++) {
                series[i] += columns[i + 1] == null ? 0 : ((Number) columns[i + 1]).longValue();
            }
        }
        List<DayOfMail> days = new ArrayList<>(DAYS);
        for (int i = 0; i < DAYS; i++) {
            days.add(new DayOfMail(firstDay.plusDays(i), sent[i], waiting[i], failed[i]));
        }
        return days;
    }

    /** SUM comes back as Long, BigDecimal or null (no rows) depending on the database. */
    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    private Caller requireStaff(String what) {
        Caller caller = currentCaller.require();
        if (!caller.isStaff()) {
            throw refused(caller, what);
        }
        return caller;
    }

    private EJBAccessException refused(Caller caller, String what) {
        auditLog.recordDenial(AuditAction.ACCESS_DENIED, what, "dashboard chart", caller.organizationId());
        return new EJBAccessException(what + " is not the caller's");
    }
}
