package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.channelcenter.billing.boundary.CustomerPrices;
import org.channelcenter.billing.boundary.NewPriceRule;
import org.channelcenter.billing.boundary.PriceBooks;
import org.channelcenter.billing.boundary.PriceQuote;
import org.channelcenter.billing.boundary.PriceRuleRow;
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
