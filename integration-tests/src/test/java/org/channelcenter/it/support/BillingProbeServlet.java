package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.channelcenter.billing.boundary.BillingRuns;
import org.channelcenter.billing.boundary.CustomerPrices;
import org.channelcenter.billing.boundary.InvoiceLineRow;
import org.channelcenter.billing.boundary.InvoiceRow;
import org.channelcenter.billing.boundary.Invoices;
import org.channelcenter.billing.boundary.NewPayment;
import org.channelcenter.billing.boundary.NewPriceRule;
import org.channelcenter.billing.boundary.PriceBooks;
import org.channelcenter.billing.boundary.PriceQuote;
import org.channelcenter.billing.boundary.PriceRuleRow;
import org.channelcenter.billing.boundary.RunRow;
import org.channelcenter.billing.control.BillingRunSteps;
import org.channelcenter.billing.control.BillingRunner;
import org.channelcenter.billing.control.MonthCharges;
import org.channelcenter.billing.entity.BillingRun;
import org.channelcenter.dashboard.boundary.DashboardCharts;
import org.channelcenter.kernel.boundary.PageRequest;

/**
 * Test-only: signs in as the given user for this one request and calls a billing boundary as them (see
 * {@link SignedInProbe}). POST /public/it-probe/billing with {@code login, password, op} and the op's arguments:
 * {@code book} is a reseller's id (a provider's book; none for the default book), {@code customer} a customer's
 * id (a reseller's prices; none for its default prices), {@code day} an ISO date or {@code +N} days from today (UTC).
 */
@WebServlet("/public/it-probe/billing")
public class BillingProbeServlet extends SignedInProbe {

    @EJB
    PriceBooks priceBooks;

    @EJB
    CustomerPrices customerPrices;

    @EJB
    BillingRuns billingRuns;

    @EJB
    Invoices invoices;

    @Inject
    BillingRunSteps steps;

    @Inject
    BillingRunner runner;

    @Inject
    MonthCharges monthCharges;

    @EJB
    DashboardCharts charts;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) throws Exception {
        switch (op) {
            case "addBookRule" -> put(values, priceBooks.addRule(optionalId(request, "book"), rule(request)));
            case "bookRules" -> values.put("count", String.valueOf(priceBooks.countRules(optionalId(request, "book"))));
            case "bookHistory" -> values.put(
                    "rows",
                    String.valueOf(priceBooks
                            .findRules(optionalId(request, "book"), PageRequest.of(0, 50))
                            .size()));
            case "resellerCost" -> put(
                    values, priceBooks.resellerCost(id(request, "reseller"), id(request, "offer"), day(request)));
            case "cost" -> put(
                    values, customerPrices.cost(id(request, "provider"), id(request, "offer"), day(request)));
            case "customerPrice" -> put(
                    values,
                    customerPrices.customerPrice(
                            id(request, "provider"),
                            optionalId(request, "customer"),
                            id(request, "offer"),
                            day(request)));
            case "addCustomerRule" -> put(
                    values, customerPrices.addRule(optionalId(request, "customer"), rule(request)));
            case "customerRules" -> values.put(
                    "count", String.valueOf(customerPrices.countRules(optionalId(request, "customer"))));
            case "offerPrices" -> customerPrices
                    .findOffers(PageRequest.of(0, 200), optionalId(request, "customer"))
                    .stream()
                    .filter(row -> row.offerId() == id(request, "offer"))
                    .forEach(row -> {
                        String provider = "provider" + row.providerId() + ".";
                        values.put(provider + "cost", row.cost().toPlainString());
                        values.put(provider + "price", row.customerPrice().toPlainString());
                        values.put(provider + "margin", row.margin().toPlainString());
                    });
            case "denials" -> values.put(
                    "count",
                    String.valueOf(new Database(dataSource)
                            .count(
                                    "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor_login = ?",
                                    request.getParameter("login"))));
            case "audited" -> values.put(
                    "count",
                    String.valueOf(new Database(dataSource)
                            .count(
                                    "select count(*) from audit_event where action = ? and actor_login = ?",
                                    request.getParameter("action"),
                                    request.getParameter("login"))));
            case "tamper" -> {
                // what the database says to changing or removing the seller's rules behind the application's back
                Database database = new Database(dataSource);
                long seller = id(request, "seller");
                values.put(
                        "update",
                        refused(() ->
                                database.update("update price_rule set percentage = 0 where seller_id = ?", seller)));
                values.put(
                        "delete", refused(() -> database.update("delete from price_rule where seller_id = ?", seller)));
            }
            case "run" -> put(values, billingRuns.run(YearMonth.parse(request.getParameter("month"))));
            case "runPartly" -> {
                // a run killed after billing its first reseller: what a restart starts from
                YearMonth month = YearMonth.parse(request.getParameter("month"));
                long provider = id(request, "provider");
                BillingRun run = steps.open(provider, month, request.getParameter("login"));
                long first = steps.resellersAfter(provider, 0).get(0);
                values.put("billed", String.valueOf(steps.billPage(run.getId(), first)));
                values.put("reseller", String.valueOf(first));
            }
            case "revenue" -> charts.revenue()
                    .forEach(month -> values.put(
                            month.month() + "." + month.currency(),
                            month.revenue().toPlainString() + "|"
                                    + (month.margin() == null
                                            ? "-"
                                            : month.margin().toPlainString()) + "|"
                                    + month.outstanding().toPlainString()));
            case "unbilled" -> {
                // this month's charges of the pair, as the run computes them and as the credit check projects them
                YearMonth month = YearMonth.now(java.time.ZoneOffset.UTC);
                java.util.Map<String, BigDecimal> exact = new java.util.TreeMap<>();
                monthCharges.forEach(
                        id(request, "provider"),
                        id(request, "reseller"),
                        month,
                        charged -> charged.cost()
                                .forEach(line -> exact.merge(charged.currency(), line.amount(), BigDecimal::add)),
                        () -> {});
                values.put("exact", exact.toString());
                values.put(
                        "projected",
                        monthCharges
                                .projected(id(request, "provider"), id(request, "reseller"), month)
                                .toString());
            }
            case "closeMonth" -> values.put(
                    "runs", String.valueOf(runner.closeMonth(YearMonth.parse(request.getParameter("month")))));
            case "runs" -> values.put("count", String.valueOf(billingRuns.countRuns()));
            case "invoices" -> {
                Long run = optionalId(request, "run");
                values.put("count", String.valueOf(invoices.count(run)));
                List<InvoiceRow> rows = invoices.find(run, PageRequest.of(0, 50));
                for (int i = 0; i < rows.size(); i++) {
                    put(values, "invoice" + i + ".", rows.get(i));
                }
            }
            case "invoice" -> put(values, "", invoices.invoice(id(request, "invoice")));
            case "lines" -> {
                List<InvoiceLineRow> lines = invoices.lines(id(request, "invoice"), PageRequest.of(0, 50));
                values.put("count", String.valueOf(lines.size()));
                values.put(
                        "lines",
                        lines.stream()
                                .map(line -> line.subscriptionId() + ":" + line.from() + ":" + line.through() + ":"
                                        + line.quantity() + ":" + line.days() + ":"
                                        + line.unitPrice().toPlainString()
                                        + ":" + line.amount().toPlainString())
                                .collect(Collectors.joining(",")));
            }
            case "issue" -> put(values, "", invoices.issue(id(request, "invoice")));
            case "issueAll" -> values.put("issued", String.valueOf(invoices.issueAll(id(request, "run"))));
            case "pay" -> put(
                    values,
                    "",
                    invoices.recordPayment(
                            id(request, "invoice"),
                            new NewPayment(
                                    new BigDecimal(request.getParameter("amount")),
                                    day(request),
                                    request.getParameter("reference"))));
            case "void" -> put(
                    values, "", invoices.voidInvoice(id(request, "invoice"), request.getParameter("reason")));
            case "written" -> {
                // what the runs of the provider wrote, straight from the tables
                Database database = new Database(dataSource);
                long provider = id(request, "provider");
                values.put(
                        "runs",
                        String.valueOf(
                                database.count("select count(*) from billing_run where provider_id = ?", provider)));
                values.put(
                        "startedBy",
                        String.join(
                                ",",
                                database.strings(
                                        "select started_by || ':' || status from billing_run where provider_id = ?",
                                        provider)));
                values.put(
                        "invoices",
                        String.join(
                                ",",
                                database.strings(
                                        "select trim(cast(reseller_id as char(20))) || ':' || currency || ':'"
                                                + " || trim(cast(total as char(30)))"
                                                + " from invoice where provider_id = ? order by reseller_id, currency",
                                        provider)));
                values.put(
                        "statements",
                        String.join(
                                ",",
                                database.strings(
                                        "select trim(cast(customer_id as char(20))) || ':' || currency || ':'"
                                                + " || trim(cast(total as char(30))) || ':'"
                                                + " || trim(cast(cost as char(30))) from customer_statement"
                                                + " where provider_id = ? order by customer_id, currency",
                                        provider)));
                values.put(
                        "invoiceLines",
                        String.valueOf(database.count(
                                "select count(*) from invoice_line l join invoice i on i.id = l.invoice_id"
                                        + " where i.provider_id = ?",
                                provider)));
                values.put(
                        "lineSums",
                        String.valueOf(database.count(
                                "select count(*) from invoice i where i.provider_id = ? and i.total <>"
                                        + " (select coalesce(sum(l.amount), 0) from invoice_line l where l.invoice_id = i.id)",
                                provider)));
            }
            case "tamperInvoice" -> {
                // what the database says to rewriting an issued invoice behind the application's back (V47)
                Database database = new Database(dataSource);
                long invoice = id(request, "invoice");
                values.put(
                        "total",
                        refused(() -> database.update("update invoice set total = total + 1 where id = ?", invoice)));
                values.put(
                        "line",
                        refused(() ->
                                database.update("update invoice_line set amount = 0 where invoice_id = ?", invoice)));
                values.put("delete", refused(() -> database.update("delete from invoice where id = ?", invoice)));
            }
            case "backdate" -> {
                // test-only time travel: the subscription's changes, in order, happened at the instants given
                Database database = new Database(dataSource);
                long subscription = id(request, "subscription");
                List<String> changes = database.strings(
                        "select trim(cast(id as char(20))) from subscription_change where subscription_id = ? order by id",
                        subscription);
                String[] at = request.getParameter("at").split(",");
                for (int i = 0; i < changes.size(); i++) {
                    database.update(
                            "update subscription_change set changed_at = ? where id = ?",
                            java.sql.Timestamp.from(Instant.parse(at[i])),
                            Long.parseLong(changes.get(i)));
                }
                database.update(
                        "update subscription set created_at = ?, changed_at = ? where id = ?",
                        java.sql.Timestamp.from(Instant.parse(at[0])),
                        java.sql.Timestamp.from(Instant.parse(at[changes.size() - 1])),
                        subscription);
                values.put("changes", String.valueOf(changes.size()));
            }
            case "pastRule" -> {
                // a rule that took effect before today (the boundaries only take today or later); rules are only
                // ever inserted (V44)
                // Derby cannot take a null parameter without its type: absent values are written as NULL
                String fixed = request.getParameter("fixedPrice");
                String percentage = request.getParameter("percentage");
                Long buyer = optionalId(request, "buyer");
                Long offer = optionalId(request, "offer");
                new Database(dataSource)
                        .update(
                                "insert into price_rule (seller_id, buyer_id, offer_id, percentage, fixed_price,"
                                        + " effective_from, created_at, created_by) values (?, "
                                        + (buyer == null ? "NULL" : buyer)
                                        + ", " + (offer == null ? "NULL" : offer) + ", "
                                        + (fixed == null ? new BigDecimal(percentage).toPlainString() : "NULL") + ", "
                                        + (fixed == null ? "NULL" : new BigDecimal(fixed).toPlainString())
                                        + ", ?, ?, 'it')",
                                id(request, "seller"),
                                java.sql.Date.valueOf(day(request)),
                                java.sql.Timestamp.from(Instant.now()));
            }
            default -> throw new IllegalArgumentException("unknown op");
        }
    }

    /** A JDBC statement. */
    private interface Statement {
        int run() throws java.sql.SQLException;
    }

    private static String refused(Statement statement) {
        try {
            return "changed " + statement.run();
        } catch (java.sql.SQLException refused) {
            return "refused";
        }
    }

    private static NewPriceRule rule(HttpServletRequest request) {
        Long offer = optionalId(request, "offer");
        LocalDate from = day(request);
        String fixed = request.getParameter("fixedPrice");
        return fixed != null
                ? NewPriceRule.fixedPrice(offer, new BigDecimal(fixed), from)
                : NewPriceRule.percentage(offer, new BigDecimal(request.getParameter("percentage")), from);
    }

    private static void put(Map<String, String> values, PriceRuleRow row) {
        values.put("id", String.valueOf(row.id()));
        values.put("scheduled", String.valueOf(row.scheduled()));
    }

    private static void put(Map<String, String> values, RunRow run) {
        values.put("run", String.valueOf(run.id()));
        values.put("status", run.status().name());
        values.put("invoices", String.valueOf(run.invoices()));
        values.put("statements", String.valueOf(run.statements()));
    }

    private static void put(Map<String, String> values, String prefix, InvoiceRow invoice) {
        values.put(prefix + "id", String.valueOf(invoice.id()));
        values.put(prefix + "reseller", String.valueOf(invoice.resellerId()));
        values.put(prefix + "status", invoice.status().name());
        values.put(prefix + "number", String.valueOf(invoice.number()));
        values.put(prefix + "total", invoice.total().toPlainString());
        values.put(prefix + "outstanding", invoice.outstanding().toPlainString());
        values.put(prefix + "dueOn", String.valueOf(invoice.dueOn()));
        values.put(prefix + "lines", String.valueOf(invoice.lines()));
    }

    private static void put(Map<String, String> values, PriceQuote quote) {
        values.put("amount", quote.amount().toPlainString());
        values.put("currency", quote.currency());
        values.put("source", quote.source().name());
    }

    private static long id(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }

    private static Long optionalId(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isEmpty() ? null : Long.valueOf(value);
    }

    private static LocalDate day(HttpServletRequest request) {
        String day = request.getParameter("day");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        if (day == null) {
            return today;
        }
        return day.startsWith("+") || day.startsWith("-") ? today.plusDays(Long.parseLong(day)) : LocalDate.parse(day);
    }
}
