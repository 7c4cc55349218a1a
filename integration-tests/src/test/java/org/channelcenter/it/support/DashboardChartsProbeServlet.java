package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.channelcenter.dashboard.boundary.ApplicationFigures;
import org.channelcenter.dashboard.boundary.AttentionItem;
import org.channelcenter.dashboard.boundary.AttentionList;
import org.channelcenter.dashboard.boundary.DashboardCharts;
import org.channelcenter.dashboard.boundary.DayOfMail;
import org.channelcenter.dashboard.boundary.MonthActivity;
import org.channelcenter.kernel.entity.InstantConverter;

/**
 * Test-only: the Dashboard's charts and "Needs your attention" as the signed-in user gets them from the boundaries,
 * next to plain SQL COUNTs of the same ranges, and shortcuts to make the data they count in the past. POST
 * /public/it-probe/dashboard-charts with {@code login, password, op} and:
 * <ul>
 * <li>{@code activity}: {@code organization, side} (provider or reseller), optional {@code zone} (UTC):
 * {@code chart.<yyyy-MM>.orders|licenses} from {@link DashboardCharts#partnerActivity} and
 * {@code sql.<yyyy-MM>.orders|licenses}, months in that zone</li>
 * <li>{@code staff}: {@code chart.state.<S>}, {@code chart.age.<i>}, {@code chart.mail.<yyyy-MM-dd>.sent|waiting|failed}
 * and the same under {@code sql.}</li>
 * <li>{@code attention}: {@code attention.<name>} from {@link AttentionList}</li>
 * <li>{@code backdate} (no sign-in needed): {@code organization, side, what} (orders or licenses) and
 * {@code monthsAgo=k,k,..}: the side's orders (or license assignments), oldest id first, moved to the 15th of the
 * month k months ago (k = 0: left as they are); or {@code at=<instant>,..}: moved to those instants (0: left)</li>
 * <li>{@code mails}: {@code recipient, spec=STATUS:daysAgo,..}, optional {@code lastError}: outbox rows queued that
 * many days ago</li>
 * <li>{@code applications}: {@code organization, spec=STATUS:hoursAgo,..}: enrollment applications submitted then</li>
 * <li>{@code expireSoon}: {@code organization}: the organization's pending customer and reseller invitations now
 * expire in a day</li>
 * </ul>
 */
@WebServlet("/public/it-probe/dashboard-charts")
public class DashboardChartsProbeServlet extends SignedInProbe {

    @EJB
    DashboardCharts charts;

    @EJB
    AttentionList attention;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) throws Exception {
        Database database = new Database(dataSource);
        switch (op) {
            case "activity" -> activity(request, values, database);
            case "staff" -> staff(values, database);
            case "attention" -> {
                for (AttentionItem item : attention.items()) {
                    values.put("attention." + item.name(), Long.toString(item.count()));
                    values.put("attention." + item.name() + ".page", item.page());
                }
            }
            case "backdate" -> backdate(request, database);
            case "mails" -> {
                for (String each : request.getParameter("spec").split(",")) {
                    String[] statusAndDays = each.split(":");
                    Instant at = Instant.now().minus(Duration.ofDays(Long.parseLong(statusAndDays[1])));
                    database.update(
                            "insert into outbox_message (template, recipient, locale, subject, body, status, attempts,"
                                    + " created_at, last_error, version) values ('it.dashboard', ?, 'en',"
                                    + " 'Dashboard test', 'Dashboard test', ?, 1, ?, ?, 0)",
                            request.getParameter("recipient"),
                            statusAndDays[0],
                            InstantConverter.toColumn(at),
                            request.getParameter("lastError"));
                }
            }
            case "applications" -> {
                long organization = Long.parseLong(request.getParameter("organization"));
                long applicant = database.count("select min(id) from app_user where organization_id = ?", organization);
                for (String each : request.getParameter("spec").split(",")) {
                    String[] statusAndHours = each.split(":");
                    Instant at = Instant.now().minus(Duration.ofHours(Long.parseLong(statusAndHours[1])));
                    database.update(
                            "insert into enrollment_application (organization_id, applicant_user_id, status,"
                                    + " legal_name, country_code, support_email, locale, created_at, submitted_at,"
                                    + " version) values (?, ?, ?, ?, 'US', 'support@example.com', 'en', ?, ?, 0)",
                            organization,
                            applicant,
                            statusAndHours[0],
                            "Dashboard applicant " + System.nanoTime(),
                            InstantConverter.toColumn(at),
                            InstantConverter.toColumn(at));
                }
            }
            case "expireSoon" -> {
                long organization = Long.parseLong(request.getParameter("organization"));
                Object soon = InstantConverter.toColumn(Instant.now().plus(Duration.ofDays(1)));
                values.put(
                        "customerInvitations",
                        Integer.toString(database.update(
                                "update customer_invitation set expires_at = ? where reseller_id = ?"
                                        + " and status = 'PENDING'",
                                soon,
                                organization)));
                values.put(
                        "resellerInvitations",
                        Integer.toString(database.update(
                                "update partnership_invitation set expires_at = ? where provider_id = ?"
                                        + " and status = 'PENDING'",
                                soon,
                                organization)));
            }
            default -> throw new IllegalArgumentException("unknown op");
        }
    }

    private void activity(HttpServletRequest request, Map<String, String> values, Database database)
            throws SQLException {
        long organization = Long.parseLong(request.getParameter("organization"));
        String side = request.getParameter("side").equals("provider") ? "provider_id" : "reseller_id";
        ZoneId zone = request.getParameter("zone") == null ? ZoneOffset.UTC : ZoneId.of(request.getParameter("zone"));
        for (MonthActivity month : charts.partnerActivity(zone)) {
            values.put("chart." + month.month() + ".orders", Long.toString(month.orders()));
            values.put("chart." + month.month() + ".licenses", Long.toString(month.licensesAssigned()));
            Object from = InstantConverter.toColumn(
                    month.month().atDay(1).atStartOfDay(zone).toInstant());
            Object to = InstantConverter.toColumn(
                    month.month().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            values.put(
                    "sql." + month.month() + ".orders",
                    Long.toString(database.count(
                            "select count(*) from customer_order where " + side
                                    + " = ? and placed_at >= ? and placed_at < ?",
                            organization,
                            from,
                            to)));
            values.put(
                    "sql." + month.month() + ".licenses",
                    Long.toString(database.count(
                            "select count(*) from license_assignment a join subscription s"
                                    + " on s.id = a.subscription_id where s." + side + " = ?"
                                    + " and a.assigned_at >= ? and a.assigned_at < ?",
                            organization,
                            from,
                            to)));
        }
    }

    private void staff(Map<String, String> values, Database database) throws SQLException {
        ApplicationFigures applications = charts.applications();
        Instant now = Instant.now();
        for (Map.Entry<String, Long> state : applications.byState().entrySet()) {
            values.put("chart.state." + state.getKey(), Long.toString(state.getValue()));
            values.put(
                    "sql.state." + state.getKey(),
                    Long.toString(database.count(
                            "select count(*) from enrollment_application where status = ?", state.getKey())));
        }
        int[] fromDays = {0, 1, 7, 30, Integer.MAX_VALUE};
        for (int i = 0; i < applications.waitingByAge().size(); i++) {
            values.put(
                    "chart.age." + i, Long.toString(applications.waitingByAge().get(i)));
            Object newest = InstantConverter.toColumn(now.minus(Duration.ofDays(fromDays[i])));
            values.put(
                    "sql.age." + i,
                    Long.toString(
                            fromDays[i + 1] == Integer.MAX_VALUE
                                    ? database.count(
                                            "select count(*) from enrollment_application where status = 'IN_REVIEW'"
                                                    + " and submitted_at <= ?",
                                            newest)
                                    : database.count(
                                            "select count(*) from enrollment_application where status = 'IN_REVIEW'"
                                                    + " and submitted_at <= ? and submitted_at > ?",
                                            newest,
                                            InstantConverter.toColumn(now.minus(Duration.ofDays(fromDays[i + 1]))))));
        }
        List<DayOfMail> days = charts.outboxHealth(ZoneOffset.UTC);
        for (DayOfMail day : days) {
            String key = "mail." + day.day();
            values.put("chart." + key + ".sent", Long.toString(day.sent()));
            values.put("chart." + key + ".waiting", Long.toString(day.waiting()));
            values.put("chart." + key + ".failed", Long.toString(day.failed()));
            Object from = InstantConverter.toColumn(
                    day.day().atStartOfDay(ZoneOffset.UTC).toInstant());
            Object to = InstantConverter.toColumn(
                    day.day().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            String count = "select count(*) from outbox_message where created_at >= ? and created_at < ? and status";
            values.put("sql." + key + ".sent", Long.toString(database.count(count + " = 'SENT'", from, to)));
            values.put(
                    "sql." + key + ".waiting",
                    Long.toString(database.count(count + " in ('PENDING', 'HELD')", from, to)));
            values.put("sql." + key + ".failed", Long.toString(database.count(count + " = 'FAILED'", from, to)));
        }
        values.put("today", LocalDate.now(ZoneOffset.UTC).toString());
    }

    private void backdate(HttpServletRequest request, Database database) throws SQLException {
        long organization = Long.parseLong(request.getParameter("organization"));
        String side = request.getParameter("side").equals("provider") ? "provider_id" : "reseller_id";
        boolean orders = request.getParameter("what").equals("orders");
        List<String> ids = orders
                ? database.strings("select id from customer_order where " + side + " = ? order by id", organization)
                : database.strings(
                        "select a.id from license_assignment a join subscription s on s.id = a.subscription_id"
                                + " where s." + side + " = ? order by a.id",
                        organization);
        String table = orders ? "customer_order" : "license_assignment";
        String time = orders ? "placed_at" : "assigned_at";
        String[] times = request.getParameter(request.getParameter("at") == null ? "monthsAgo" : "at")
                .split(",");
        for (int i = 0; i < times.length && i < ids.size(); i++) {
            if (times[i].equals("0")) {
                continue;
            }
            long id = Long.parseLong(ids.get(i));
            String sides = orders
                    ? " from customer_order where id = ?"
                    : " from license_assignment a join subscription s on s.id = a.subscription_id where a.id = ?";
            long[] organizations = {
                database.count("select provider_id" + sides, id), database.count("select reseller_id" + sides, id)
            };
            Instant was = database.instant("select " + time + " from " + table + " where id = ?", id);
            Instant at = request.getParameter("at") != null
                    ? Instant.parse(times[i])
                    : YearMonth.now(ZoneOffset.UTC)
                            .minusMonths(Integer.parseInt(times[i]))
                            .atDay(15)
                            .atTime(12, 0)
                            .toInstant(ZoneOffset.UTC);
            database.update(
                    "update " + table + " set " + time + " = ? where id = ?", InstantConverter.toColumn(at), id);
            moveActivity(database, orders ? "orders" : "licenses", organizations, was, at);
        }
        if (orders) {
            recountOrderDays(database, organization);
        }
    }

    /**
     * An order's or an assignment's time never changes in the product, so V38's chart counts (kept by triggers on
     * insert and delete) still count a moved row in its first quarter of an hour: both sides' counts move with it.
     */
    private static void moveActivity(Database database, String count, long[] organizations, Instant was, Instant at)
            throws SQLException {
        for (long organization : organizations) {
            database.update(
                    "update partner_activity set " + count + " = " + count
                            + " - 1 where organization_id = ? and slot = ?",
                    organization,
                    slot(was));
            if (database.count(
                            "select count(*) from partner_activity where organization_id = ? and slot = ?",
                            organization,
                            slot(at))
                    == 0) {
                database.update(
                        "insert into partner_activity (organization_id, slot, orders, licenses) values (?, ?, 0, 0)",
                        organization,
                        slot(at));
            }
            database.update(
                    "update partner_activity set " + count + " = " + count
                            + " + 1 where organization_id = ? and slot = ?",
                    organization,
                    slot(at));
        }
    }

    /** V38's slot: quarters of an hour since 1970-01-01 00:00 UTC. */
    private static long slot(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 15 * 60);
    }

    /**
     * An order's day never changes in the product, so the dashboard's {@code order_day} counters (kept by triggers on
     * insert and delete, V16) would still count a moved order on its first day, and the staff's and the partners'
     * order tiles would disagree with the orders (DashboardCountersIT checks that they never do). The rows of the
     * system (0) and of the moved orders' organizations are counted again from the orders, as the triggers keep them.
     */
    private static void recountOrderDays(Database database, long organization) throws SQLException {
        database.update("delete from order_day where organization_id = 0");
        database.update("insert into order_day (organization_id, placed_on, orders)"
                + " select 0, cast(placed_at as date), count(*) from customer_order group by cast(placed_at as date)");
        for (String partner : database.strings(
                "select distinct provider_id from customer_order where provider_id = ? or reseller_id = ?"
                        + " union select distinct reseller_id from customer_order where provider_id = ? or reseller_id = ?",
                organization,
                organization,
                organization,
                organization)) {
            long id = Long.parseLong(partner);
            database.update("delete from order_day where organization_id = ?", id);
            database.update(
                    "insert into order_day (organization_id, placed_on, orders)"
                            + " select cast(? as bigint), cast(co.placed_at as date), count(*) from customer_order co"
                            + " where (co.provider_id = ? or co.reseller_id = ?) and exists (select 1"
                            + " from customer_relationship r where r.customer_id = co.customer_id"
                            + " and r.partner_id = ? and r.status = 'ACTIVE') group by cast(co.placed_at as date)",
                    id,
                    id,
                    id,
                    id);
        }
    }
}
