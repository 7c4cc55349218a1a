package org.channelcenter.dashboard.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.enrollment.entity.EnrollmentStatus;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.notification.entity.MailStatus;

/**
 * The Dashboard's charts (issue 16). Every figure is counted in the database over a bounded range of an index:
 * the last 12 months of the partner's side of the orders (V13's placed-at indexes) and of its subscriptions'
 * license assignments (V36), the enrollment applications by state (V5's status index), and the mails of the last
 * 14 days (V3's created-at index). No row is loaded: each series is one query whose columns are
 * {@code SUM(CASE WHEN <in bucket> THEN 1 ELSE 0 END)}, one per month or day. That is a GROUP BY over buckets
 * written as columns, which Derby and PostgreSQL run the same way; the buckets' bounds are computed here, in the
 * reader's time zone, so a month is the reader's month and no database date function is needed.
 *
 * <p>The organization is always the caller's. A partner's chart is refused, and audited, for anyone but a
 * provider or a reseller; the staff charts for anyone but the operator's staff.
 */
@Stateless
@PermitAll
public class DashboardCharts {

    /** How far back the partner's chart goes, this month included. */
    public static final int MONTHS = 12;

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
     */
    public List<MonthActivity> partnerActivity(ZoneId zone) {
        Caller caller = currentCaller.require();
        if (!caller.organizationKind().isPartner()) {
            throw refused(caller, "partner activity chart");
        }
        String side = caller.organizationKind() == OrganizationKind.PROVIDER ? "provider" : "reseller";
        YearMonth first = YearMonth.now(zone).minusMonths(MONTHS - 1L);
        List<Instant> bounds = new ArrayList<>();
        for (int i = 0; i <= MONTHS; i++) {
            bounds.add(first.plusMonths(i).atDay(1).atStartOfDay(zone).toInstant());
        }
        long[] orders = bucketCounts(
                "from CustomerOrder o where o." + side + ".id = :organization",
                "o.placedAt",
                bounds,
                caller.organizationId());
        long[] licenses = bucketCounts(
                "from LicenseAssignment a where a.subscription." + side + ".id = :organization",
                "a.assignedAt",
                bounds,
                caller.organizationId());
        List<MonthActivity> months = new ArrayList<>(MONTHS);
        for (int i = 0; i < MONTHS; i++) {
            months.add(new MonthActivity(first.plusMonths(i), orders[i], licenses[i]));
        }
        return months;
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

    /** One count per bucket [bounds[i], bounds[i + 1]) of {@code instant}, in one query over the whole range. */
    private long[] bucketCounts(String from, String instant, List<Instant> bounds, long organization) {
        int buckets = bounds.size() - 1;
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < buckets; i++) {
            if (i > 0) {
                select.append(", ");
            }
            select.append("sum(case when ")
                    .append(instant)
                    .append(" >= :b")
                    .append(i)
                    .append(" and ")
                    .append(instant)
                    .append(" < :b")
                    .append(i + 1)
                    .append(" then 1 else 0 end)");
        }
        Query query =
                em.createQuery(select + " " + from + " and " + instant + " >= :b0 and " + instant + " < :b" + buckets);
        for (int i = 0; i <= buckets; i++) {
            query.setParameter("b" + i, bounds.get(i));
        }
        query.setParameter("organization", organization);
        Object result = query.getSingleResult();
        Object[] sums = buckets == 1 ? new Object[] {result} : (Object[]) result;
        long[] counts = new long[buckets];
        for (int i = 0; i < buckets; i++) {
            counts[i] = sums[i] == null ? 0 : ((Number) sums[i]).longValue();
        }
        return counts;
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
