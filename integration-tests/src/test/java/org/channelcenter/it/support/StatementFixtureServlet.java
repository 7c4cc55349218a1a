package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import javax.sql.DataSource;

/**
 * Test-only: what a billing run writes (issue 17), written with SQL so that the statement and document tests need no
 * billing run. POST /public/it-fixtures/statements:
 * <ul>
 * <li>{@code op=statement&provider=..&reseller=..&customer=..&offer=..&month=2026-10&currency=USD&lines=amount:cost,..}:
 * the provider's run of the month (made once), a new subscription of the offer for the customer, and the customer's
 * statement with one line per {@code amount:cost} over the whole month; answers its {@link Fixtures.Id}</li>
 * <li>{@code op=invoice&provider=..&reseller=..&customer=..&offer=..&month=..&currency=USD&status=DRAFT|ISSUED&lines=amount,..}:
 * the reseller's invoice of the month with one line per amount (ISSUED: number and dates too); its id</li>
 * </ul>
 */
@WebServlet("/public/it-fixtures/statements")
public class StatementFixtureServlet extends HttpServlet {

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Database database = new Database(dataSource);
        try {
            if ("shiftBack".equals(request.getParameter("op"))) {
                shiftBack(request);
                JsonAnswers.write(response, new ProbeAnswer(ProbeAnswer.OK, "", java.util.Map.of()));
                return;
            }
            if ("language".equals(request.getParameter("op"))) {
                database.update(
                        "update app_user set locale = ? where login_name = ?",
                        request.getParameter("locale"),
                        request.getParameter("login"));
                JsonAnswers.write(
                        response,
                        new ProbeAnswer(
                                ProbeAnswer.OK,
                                "",
                                java.util.Map.of(
                                        "email",
                                        database.strings(
                                                        "select email from app_user where login_name = ?",
                                                        request.getParameter("login"))
                                                .get(0))));
                return;
            }
            long provider = id(request, "provider");
            long reseller = id(request, "reseller");
            long customer = id(request, "customer");
            long offer = id(request, "offer");
            YearMonth month = YearMonth.parse(request.getParameter("month"));
            String currency = request.getParameter("currency") == null ? "USD" : request.getParameter("currency");
            String[] lines = request.getParameter("lines").split(",");
            long run = run(database, provider, month);
            long subscription = subscription(database, provider, reseller, customer, offer, lines.length);
            Date from = Date.valueOf(month.atDay(1));
            Date through = Date.valueOf(month.atEndOfMonth());
            Timestamp now = Timestamp.from(Instant.now());
            long id;
            if ("invoice".equals(request.getParameter("op"))) {
                boolean issued = "ISSUED".equals(request.getParameter("status"));
                BigDecimal total = BigDecimal.ZERO;
                for (String line : lines) {
                    total = total.add(new BigDecimal(line));
                }
                Integer number = issued
                        ? (int) database.count(
                                        "select count(*) from invoice where provider_id = ? and invoice_number is not null",
                                        provider)
                                + 1
                        : null;
                LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
                database.update(
                        "insert into invoice (run_id, provider_id, reseller_id, billing_month, currency, status, total,"
                                + " customer_total, paid, line_count, invoice_number, issued_on, due_on, issued_by,"
                                + " hold_noticed, created_at, version)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 0)",
                        run,
                        provider,
                        reseller,
                        month.toString(),
                        currency,
                        issued ? "ISSUED" : "DRAFT",
                        total,
                        total,
                        lines.length,
                        number,
                        issued ? Date.valueOf(today) : null,
                        issued ? Date.valueOf(today.plusDays(30)) : null,
                        issued ? "it-fixture" : null,
                        false,
                        now);
                id = database.count(
                        "select id from invoice where run_id = ? and reseller_id = ? and currency = ?",
                        run,
                        reseller,
                        currency);
                for (String line : lines) {
                    BigDecimal amount = new BigDecimal(line);
                    database.update(
                            "insert into invoice_line (invoice_id, customer_id, subscription_id, offer_id, period_from,"
                                    + " period_through, quantity, days, unit_price, amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            id,
                            customer,
                            subscription,
                            offer,
                            from,
                            through,
                            1,
                            month.lengthOfMonth(),
                            amount,
                            amount);
                }
            } else {
                BigDecimal total = BigDecimal.ZERO;
                BigDecimal cost = BigDecimal.ZERO;
                for (String line : lines) {
                    total = total.add(new BigDecimal(line.split(":")[0]));
                    cost = cost.add(new BigDecimal(line.split(":")[1]));
                }
                database.update(
                        "insert into customer_statement (run_id, provider_id, reseller_id, customer_id, billing_month,"
                                + " currency, total, cost, line_count, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        run,
                        provider,
                        reseller,
                        customer,
                        month.toString(),
                        currency,
                        total,
                        cost,
                        lines.length,
                        now);
                id = database.count(
                        "select id from customer_statement where run_id = ? and reseller_id = ? and customer_id = ?"
                                + " and currency = ?",
                        run,
                        reseller,
                        customer,
                        currency);
                for (String line : lines) {
                    BigDecimal amount = new BigDecimal(line.split(":")[0]);
                    database.update(
                            "insert into customer_statement_line (statement_id, subscription_id, offer_id, period_from,"
                                    + " period_through, quantity, days, unit_price, amount, cost)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            id,
                            subscription,
                            offer,
                            from,
                            through,
                            1,
                            month.lengthOfMonth(),
                            amount,
                            amount,
                            new BigDecimal(line.split(":")[1]));
                }
            }
            JsonAnswers.write(response, new Fixtures.Id(id));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /**
     * Moves a network's history one month back, so that what happened today happened in a month now closed: the
     * customer's subscriptions with the provider (their changes and times), and copies of the provider's and the
     * reseller's price rules taking effect one month earlier (rules are never updated, V44, so they are copied).
     */
    private void shiftBack(HttpServletRequest request) throws SQLException {
        long provider = id(request, "provider");
        long reseller = id(request, "reseller");
        long customer = id(request, "customer");
        try (java.sql.Connection connection = dataSource.getConnection()) {
            try (java.sql.PreparedStatement changes = connection.prepareStatement(
                            "select c.id, c.changed_at from subscription_change c join subscription s"
                                    + " on s.id = c.subscription_id where s.customer_id = ? and s.provider_id = ?");
                    java.sql.PreparedStatement shift =
                            connection.prepareStatement("update subscription_change set changed_at = ? where id = ?")) {
                changes.setLong(1, customer);
                changes.setLong(2, provider);
                try (java.sql.ResultSet row = changes.executeQuery()) {
                    while (row.next()) {
                        shift.setTimestamp(1, monthBefore(row.getTimestamp(2)));
                        shift.setLong(2, row.getLong(1));
                        shift.executeUpdate();
                    }
                }
            }
            try (java.sql.PreparedStatement subscriptions = connection.prepareStatement(
                            "select id, created_at, changed_at from subscription where customer_id = ? and provider_id = ?");
                    java.sql.PreparedStatement shift = connection.prepareStatement(
                            "update subscription set created_at = ?, changed_at = ? where id = ?")) {
                subscriptions.setLong(1, customer);
                subscriptions.setLong(2, provider);
                try (java.sql.ResultSet row = subscriptions.executeQuery()) {
                    while (row.next()) {
                        shift.setTimestamp(1, monthBefore(row.getTimestamp(2)));
                        shift.setTimestamp(2, monthBefore(row.getTimestamp(3)));
                        shift.setLong(3, row.getLong(1));
                        shift.executeUpdate();
                    }
                }
            }
            try (java.sql.PreparedStatement rules = connection.prepareStatement(
                            "select seller_id, buyer_id, offer_id, percentage, fixed_price, effective_from"
                                    + " from price_rule where seller_id in (?, ?) order by id");
                    java.sql.PreparedStatement copy = connection.prepareStatement(
                            "insert into price_rule (seller_id, buyer_id, offer_id, percentage, fixed_price,"
                                    + " effective_from, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, 'it-shift')")) {
                rules.setLong(1, provider);
                rules.setLong(2, reseller);
                java.util.List<Object[]> found = new java.util.ArrayList<>();
                try (java.sql.ResultSet row = rules.executeQuery()) {
                    while (row.next()) {
                        found.add(new Object[] {
                            row.getLong(1),
                            row.getObject(2) == null ? null : row.getLong(2),
                            row.getObject(3) == null ? null : row.getLong(3),
                            row.getBigDecimal(4),
                            row.getBigDecimal(5),
                            row.getDate(6)
                        });
                    }
                }
                for (Object[] rule : found) {
                    copy.setLong(1, (Long) rule[0]);
                    setLong(copy, 2, (Long) rule[1]);
                    setLong(copy, 3, (Long) rule[2]);
                    copy.setBigDecimal(4, (BigDecimal) rule[3]);
                    if (rule[3] == null) {
                        copy.setNull(4, java.sql.Types.DECIMAL);
                    }
                    copy.setBigDecimal(5, (BigDecimal) rule[4]);
                    if (rule[4] == null) {
                        copy.setNull(5, java.sql.Types.DECIMAL);
                    }
                    copy.setDate(6, Date.valueOf(((Date) rule[5]).toLocalDate().minusMonths(1)));
                    copy.setTimestamp(7, Timestamp.from(Instant.now()));
                    copy.executeUpdate();
                }
            }
        }
    }

    private static void setLong(java.sql.PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static Timestamp monthBefore(Timestamp at) {
        // the stored wall-clock time (UTC, as the entities write it) one month earlier
        return Timestamp.valueOf(at.toLocalDateTime().minusMonths(1));
    }

    private static long run(Database database, long provider, YearMonth month) throws SQLException {
        String key = month.toString();
        if (database.count(
                        "select count(*) from billing_run where provider_id = ? and billing_month = ?", provider, key)
                == 0) {
            database.update(
                    "insert into billing_run (provider_id, billing_month, status, invoices, statements, started_at,"
                            + " started_by, finished_at, version) values (?, ?, 'COMPLETED', 0, 0, ?, 'it-fixture', ?, 0)",
                    provider,
                    key,
                    Timestamp.from(Instant.now()),
                    Timestamp.from(Instant.now()));
        }
        return database.count("select id from billing_run where provider_id = ? and billing_month = ?", provider, key);
    }

    private static long subscription(
            Database database, long provider, long reseller, long customer, long offer, int quantity)
            throws SQLException {
        String key = "it-statement-" + System.nanoTime();
        Timestamp now = Timestamp.from(Instant.now());
        database.update(
                "insert into subscription (customer_id, offer_id, provider_id, reseller_id, quantity, status, open_key,"
                        + " created_at, changed_at, changed_by, version) values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?,"
                        + " 'it-fixture', 0)",
                customer,
                offer,
                provider,
                reseller,
                quantity,
                key,
                now,
                now);
        return database.count("select id from subscription where open_key = ?", key);
    }

    private static long id(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }
}
