package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.channelcenter.billing.boundary.CreditAccounts;
import org.channelcenter.billing.boundary.CreditHoldNotices;
import org.channelcenter.billing.boundary.CreditPosition;
import org.channelcenter.billing.boundary.CreditWhatIf;
import org.channelcenter.billing.boundary.Invoices;
import org.channelcenter.billing.boundary.NewPayment;
import org.channelcenter.commerce.boundary.NewOrder;
import org.channelcenter.commerce.boundary.Orders;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.InstantConverter;

/**
 * Test-only: signs in as the given user for this one request and calls the credit boundary, or places an order, as
 * them (see {@link SignedInProbe}); a refused order's message arguments are in the answer ({@code arguments},
 * comma-separated). POST /public/it-probe/credit with {@code login, password, op} and the op's arguments. Without a
 * sign-in: {@code notice} (the hold notices' run, as its timer calls it) and the fixtures {@code overdueInvoice}
 * ({@code provider, reseller, total, dueDaysAgo}: an ISSUED invoice of an old month, written with SQL as a billing
 * run and issue would leave it: an invoice cannot be issued on a past day), {@code locale} ({@code user, language})
 * and {@code email} ({@code user}). Signed in, {@code recordPayment} ({@code invoice, amount}) pays through the
 * provider's {@link Invoices}.
 */
@WebServlet("/public/it-probe/credit")
public class CreditProbeServlet extends SignedInProbe {

    @EJB
    CreditAccounts credit;

    @EJB
    CreditHoldNotices notices;

    @EJB
    Orders orders;

    @EJB
    Invoices invoices;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) throws Exception {
        Database database = new Database(dataSource);
        switch (op) {
            case "setCredit" -> put(
                    values,
                    credit.setCredit(
                            id(request, "reseller"),
                            request.getParameter("currency"),
                            new BigDecimal(request.getParameter("limit")),
                            Integer.parseInt(request.getParameter("terms"))));
            case "resellerCredit" -> put(values, credit.resellerCredit(id(request, "reseller")));
            case "resellers" -> {
                values.put("count", String.valueOf(credit.countResellers(request.getParameter("filter"))));
                values.put(
                        "rows",
                        credit.findResellers(PageRequest.of(0, 50)).stream()
                                .map(row -> row.resellerId() + ":" + plain(row.limit()) + ":" + row.onHold())
                                .collect(Collectors.joining(",")));
            }
            case "credit" -> put(values, credit.credit(id(request, "provider")));
            case "providers" -> {
                values.put("count", String.valueOf(credit.countProviders(null)));
                values.put(
                        "rows",
                        credit.findProviders(PageRequest.of(0, 50)).stream()
                                .map(row -> row.providerId() + ":" + plain(row.limit()) + ":" + row.onHold())
                                .collect(Collectors.joining(",")));
            }
            case "whatIf" -> {
                CreditWhatIf whatIf = credit.whatIf(
                        id(request, "provider"),
                        id(request, "offer"),
                        Integer.parseInt(request.getParameter("quantity")));
                values.put("charge", whatIf.charge().toPlainString());
                values.put("balanceAfter", whatIf.balanceAfter().toPlainString());
                values.put("refusal", String.valueOf(whatIf.refusal()));
                put(values, whatIf.position());
            }
            case "place" -> {
                List<NewOrder.Line> lines = Arrays.stream(
                                request.getParameter("lines").split(","))
                        .map(line -> line.split(":"))
                        .map(pair -> new NewOrder.Line(Long.parseLong(pair[0]), Integer.parseInt(pair[1])))
                        .toList();
                try {
                    values.put(
                            "id",
                            String.valueOf(
                                    orders.place(new NewOrder(id(request, "customer"), id(request, "reseller"), lines))
                                            .id()));
                } catch (DomainException refused) {
                    values.put(
                            "arguments",
                            Arrays.stream(refused.messageArguments())
                                    .map(argument -> argument instanceof BigDecimal amount
                                            ? amount.toPlainString()
                                            : String.valueOf(argument))
                                    .collect(Collectors.joining(",")));
                    throw refused;
                }
            }
            case "notice" -> values.put("announced", String.valueOf(notices.notice()));
            case "overdueInvoice" -> {
                long provider = id(request, "provider");
                long reseller = id(request, "reseller");
                LocalDate due =
                        LocalDate.now(ZoneOffset.UTC).minusDays(Long.parseLong(request.getParameter("dueDaysAgo")));
                String month = due.minusMonths(1).toString().substring(0, 7);
                var now = InstantConverter.toColumn(java.time.Instant.now());
                database.update(
                        "insert into billing_run (provider_id, billing_month, status, last_reseller_id, invoices,"
                                + " statements, started_at, started_by, finished_at, version)"
                                + " values (?, ?, 'COMPLETED', ?, 1, 0, ?, 'it', ?, 0)",
                        provider,
                        month,
                        reseller,
                        now,
                        now);
                long run = database.count(
                        "select id from billing_run where provider_id = ? and billing_month = ?", provider, month);
                long number = database.count("select count(*) from invoice where provider_id = ?", provider) + 1;
                database.update(
                        "insert into invoice (run_id, provider_id, reseller_id, billing_month, currency, status,"
                                + " total, customer_total, paid, line_count, invoice_number, issued_on, due_on, issued_by,"
                                + " hold_noticed, created_at, version)"
                                + " values (?, ?, ?, ?, 'USD', 'ISSUED', ?, ?, 0, 1, ?, ?, ?, 'it', ?, ?, 0)",
                        run,
                        provider,
                        reseller,
                        month,
                        new BigDecimal(request.getParameter("total")),
                        new BigDecimal(request.getParameter("total")),
                        number,
                        Date.valueOf(due.minusDays(30)),
                        Date.valueOf(due),
                        false,
                        now);
                values.put(
                        "id",
                        String.valueOf(database.count(
                                "select id from invoice where provider_id = ? and invoice_number = ?",
                                provider,
                                number)));
            }
            case "recordPayment" -> values.put(
                    "status",
                    invoices.recordPayment(
                                    id(request, "invoice"),
                                    new NewPayment(
                                            new BigDecimal(request.getParameter("amount")),
                                            LocalDate.now(ZoneOffset.UTC),
                                            "IT"))
                            .status()
                            .name());
            case "locale" -> database.update(
                    "update app_user set locale = ? where login_name = ?",
                    request.getParameter("language"),
                    request.getParameter("user"));
            case "email" -> values.put(
                    "email",
                    database.strings("select email from app_user where login_name = ?", request.getParameter("user"))
                            .get(0));
            case "denials" -> values.put(
                    "count",
                    String.valueOf(database.count(
                            "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor_login = ?",
                            request.getParameter("user"))));
            case "audited" -> values.put(
                    "count",
                    String.valueOf(database.count(
                            "select count(*) from audit_event where action = ? and target = ?",
                            request.getParameter("action"),
                            request.getParameter("target"))));
            default -> throw new IllegalArgumentException("unknown op");
        }
    }

    private static void put(Map<String, String> values, CreditPosition position) {
        values.put("currency", String.valueOf(position.currency()));
        values.put("limit", plain(position.limit()));
        values.put("terms", String.valueOf(position.termsDays()));
        values.put(
                "unpaid", position.unpaid().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
        values.put(
                "unbilled",
                position.unbilled().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
        values.put(
                "balance",
                position.balance().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
        values.put("onHold", String.valueOf(position.onHold()));
        values.put("holdSince", String.valueOf(position.holdSince()));
        values.put(
                "overdue",
                position.overdue().stream()
                        .map(overdue -> overdue.invoiceId() + ":"
                                + overdue.outstanding()
                                        .setScale(2, RoundingMode.HALF_EVEN)
                                        .toPlainString())
                        .collect(Collectors.joining(",")));
    }

    private static String plain(BigDecimal amount) {
        return amount == null
                ? "none"
                : amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static long id(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }
}
