package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.channelcenter.commerce.boundary.NewOrder;
import org.channelcenter.commerce.boundary.OrderRow;
import org.channelcenter.commerce.boundary.Orders;
import org.channelcenter.commerce.boundary.SubscriptionRow;
import org.channelcenter.commerce.boundary.Subscriptions;
import org.channelcenter.kernel.boundary.PageRequest;

/**
 * Test-only: calls the order and subscription boundaries as the signed-in user ({@link SignedInProbe}).
 * POST /public/it-probe/orders with {@code login, password, op} and:
 * <ul>
 * <li>{@code place}: {@code customer, reseller, lines=offerId:quantity,..}; answers {@code id} and
 * {@code lines=subscriptionId:created,..}</li>
 * <li>{@code resellers}: {@code customer}; answers {@code ids}</li>
 * <li>{@code history}: {@code customer, first, size}; answers {@code count} and {@code ids} of the page</li>
 * <li>{@code organizationOrders}: {@code first, size}, optional {@code filter} (customer name); answers
 * {@code count} and {@code ids} of the page (the Orders page's boundary calls)</li>
 * <li>{@code ordersPlan}: {@code size}, optional {@code filter}: the Orders page's first page as the page asks for
 * it, with what it read ({@link QueryReads#recorded}: {@code plan.N}, {@code pageRowsPerScan},
 * {@code pageRowsSorted}, {@code pageTableScans})</li>
 * <li>{@code subscriptions}: {@code customer}; answers {@code count} and {@code rows=id|quantity|status|version,..}</li>
 * <li>{@code suspend|reactivate|cancel}: {@code id, version}; answers {@code status} and {@code version}</li>
 * </ul>
 */
@WebServlet("/public/it-probe/orders")
public class OrderProbeServlet extends SignedInProbe {

    @EJB
    Orders orders;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @EJB
    Subscriptions subscriptions;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) throws Exception {
        switch (op) {
            case "place" -> {
                String lines = request.getParameter("lines");
                List<NewOrder.Line> parsed = lines.isBlank()
                        ? List.of()
                        : Arrays.stream(lines.split(","))
                                .map(line -> line.split(":"))
                                .map(pair -> new NewOrder.Line(Long.parseLong(pair[0]), Integer.parseInt(pair[1])))
                                .toList();
                OrderRow placed =
                        orders.place(new NewOrder(number(request, "customer"), number(request, "reseller"), parsed));
                values.put("id", String.valueOf(placed.id()));
                values.put(
                        "lines",
                        String.valueOf(placed.lines().stream()
                                .map(line -> line.subscriptionId() + ":" + line.createdSubscription())
                                .collect(Collectors.joining(","))));
            }
            case "resellers" -> values.put(
                    "ids",
                    String.valueOf(orders.resellersOfRecord(number(request, "customer")).stream()
                            .map(choice -> Long.toString(choice.id()))
                            .collect(Collectors.joining(","))));
            case "history" -> {
                long customer = number(request, "customer");
                values.put("count", String.valueOf(orders.count(customer)));
                values.put(
                        "ids",
                        String.valueOf(orders
                                .find(customer, PageRequest.of((int) number(request, "first"), (int)
                                        number(request, "size")))
                                .stream()
                                .map(row -> Long.toString(row.id()))
                                .collect(Collectors.joining(","))));
            }
            case "organizationOrders" -> {
                String filter = request.getParameter("filter");
                values.put("count", String.valueOf(orders.countOrganizationOrders(filter)));
                values.put("total", String.valueOf(orders.organizationOrdersTotal(filter)));
                PageRequest first = new PageRequest(
                        (int) number(request, "first"), (int) number(request, "size"), null, false, filter);
                values.put(
                        "ids",
                        String.valueOf(keysetOrders(first, request.getParameter("from")).stream()
                                .map(row -> row.id() + ":" + row.customerId())
                                .collect(Collectors.joining(","))));
            }
            case "ordersPlan" -> {
                String filter = request.getParameter("filter");
                PageRequest first = new PageRequest(0, (int) number(request, "size"), null, false, filter);
                List<OrderRow> rows = QueryReads.recorded(
                        transaction,
                        dataSource,
                        List.of("customer_order", "customer_relationship"),
                        () -> orders.organizationOrders(first).rows(),
                        values);
                values.put(
                        "ids", rows.stream().map(row -> Long.toString(row.id())).collect(Collectors.joining(",")));
            }
            case "subscriptions" -> {
                long customer = number(request, "customer");
                values.put("count", String.valueOf(subscriptions.count(customer)));
                values.put(
                        "rows",
                        String.valueOf(subscriptions.find(customer, PageRequest.of(0, 50)).stream()
                                .map(OrderProbeServlet::row)
                                .collect(Collectors.joining(","))));
            }
            case "suspend" -> changed(values, subscriptions.suspend(number(request, "id"), number(request, "version")));
            case "reactivate" -> changed(
                    values, subscriptions.reactivate(number(request, "id"), number(request, "version")));
            case "cancel" -> changed(values, subscriptions.cancel(number(request, "id"), number(request, "version")));
            default -> throw new IllegalArgumentException("unknown op");
        }
    }

    private static void changed(Map<String, String> values, SubscriptionRow row) {
        values.put("status", String.valueOf(row.status()));
        values.put("version", String.valueOf(row.version()));
    }

    private static String row(SubscriptionRow row) {
        return row.id() + "|" + row.quantity() + "|" + row.status() + "|" + row.version();
    }

    /**
     * The Orders page's rows by keys: from=END the last page (read backwards), NEXT the page after the first,
     * PREVIOUS the page before the last; without {@code from}, the OFFSET page.
     */
    private List<OrderRow> keysetOrders(PageRequest first, String from) {
        if (from == null) {
            return orders.findOrganizationOrders(first);
        }
        PageRequest last = seek(first, new PageRequest.Seek(PageRequest.From.END, null, 0));
        PageRequest page =
                switch (from) {
                    case "END" -> last;
                    case "NEXT" -> seek(
                            first,
                            new PageRequest.Seek(
                                    PageRequest.From.AFTER,
                                    orders.organizationOrders(first).lastKey(),
                                    0));
                    case "PREVIOUS" -> seek(
                            first,
                            new PageRequest.Seek(
                                    PageRequest.From.BEFORE,
                                    orders.organizationOrders(last).firstKey(),
                                    0));
                    default -> throw new IllegalArgumentException("from END, NEXT or PREVIOUS");
                };
        return orders.organizationOrders(page).rows();
    }

    private static PageRequest seek(PageRequest page, PageRequest.Seek seek) {
        return new PageRequest(page.first(), page.size(), null, false, page.filter(), seek);
    }

    private static long number(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }
}
