package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.channelcenter.customer.boundary.CustomerDetails;
import org.channelcenter.customer.boundary.CustomerFilter;
import org.channelcenter.customer.boundary.CustomerRow;
import org.channelcenter.customer.boundary.Customers;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.Total;

/**
 * Test-only: signs in as the given user for this one request and calls the {@link Customers} boundary as
 * them. POST /public/it-probe/customer-list with {@code login, password, op}:
 * <ul>
 * <li>{@code op=page&first=..&size=..&sort=..&ascending=..&name=..&domain=..&country=..&partnership=..&repeat=N}:
 * the count and the page, each run {@code repeat} times; answers the rows ({@code ids}, {@code names}),
 * {@code count}, the median {@code countMillis} and {@code pageMillis}, and what Derby recorded (XPLAIN) for
 * one more count and page: each statement's plan, the rows its scans produced and its sorts took in (on
 * PostgreSQL: the scans of customer_relationship's table and indexes by one more page and the rows they
 * returned)</li>
 * <li>{@code op=total&name=..&domain=..&country=..&partnership=..}: the table's total and what reading it did</li>
 * <li>{@code op=customer&id=..}: the expanded record, or refused and the reason</li>
 * </ul>
 */
@WebServlet("/public/it-probe/customer-list")
public class CustomerListProbeServlet extends SignedInProbe {

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @EJB
    Customers customers;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> answer) throws Exception {
        switch (op) {
            case "page" -> page(request, answer);
            case "total" -> total(request, answer);
            case "customer" -> {
                CustomerDetails details = customers.customer(Long.parseLong(request.getParameter("id")));
                answer.put("name", details.name());
                answer.put(
                        "relationships",
                        details.relationships().stream()
                                .map(r -> r.partnerName() + "/" + r.status())
                                .collect(Collectors.joining(",")));
            }
            default -> throw new IllegalArgumentException("unknown op");
        }
    }

    private void page(HttpServletRequest request, Map<String, String> answer) throws Exception {
        PageRequest first = new PageRequest(
                Integer.parseInt(request.getParameter("first")),
                Integer.parseInt(request.getParameter("size")),
                request.getParameter("sort"),
                !"false".equals(request.getParameter("ascending")),
                null);
        CustomerFilter filter = new CustomerFilter(
                request.getParameter("name"), request.getParameter("domain"), request.getParameter("country"));
        String partnership = request.getParameter("partnership");
        // from=END: the last page, read backwards from the end; from=NEXT: the page after the first one, read
        // from the first page's last key; from=PREVIOUS: the page before the last one, from its first key
        PageRequest page = keyset(first, request.getParameter("from"), filter);
        int repeat = Integer.parseInt(request.getParameter("repeat") == null ? "1" : request.getParameter("repeat"));
        long[] countNanos = new long[repeat];
        long[] pageNanos = new long[repeat];
        long count = 0;
        List<CustomerRow> rows = List.of();
        QueryReads.settlePostgresStatistics(dataSource);
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < repeat; i++) {
                long started = System.nanoTime();
                count = partnership == null
                        ? customers.count(filter)
                        : customers.countShared(Long.parseLong(partnership), filter);
                countNanos[i] = System.nanoTime() - started;
                started = System.nanoTime();
                rows = partnership == null
                        ? customers.page(page, filter).rows()
                        : customers
                                .pageShared(Long.parseLong(partnership), page, filter)
                                .rows();
                pageNanos[i] = System.nanoTime() - started;
            }
            if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                // One more page, counting what it read of customer_relationship (this transaction's statistics).
                QueryReads.postgresPlanOfTheLesserRead(
                        connection,
                        List.of("customer_relationship"),
                        () -> partnership == null
                                ? customers.page(page, filter).rows()
                                : customers
                                        .pageShared(Long.parseLong(partnership), page, filter)
                                        .rows(),
                        answer);
            } else {
                // One more count and page with Derby recording what each statement did (XPLAIN): on this very
                // connection, which the boundary shares, since it joins this probe's transaction.
                QueryReads.xplain(connection, true);
                if (partnership == null) {
                    customers.count(filter);
                    customers.page(page, filter).rows();
                } else {
                    customers.countShared(Long.parseLong(partnership), filter);
                    customers
                            .pageShared(Long.parseLong(partnership), page, filter)
                            .rows();
                }
                QueryReads.xplain(connection, false);
                QueryReads.derbyPlan(connection, "customer_relationship", answer);
            }
        } finally {
            transaction.rollback(); // a read; nothing to keep
        }
        answer.put("count", Long.toString(count));
        answer.put("countMillis", Double.toString(QueryReads.median(countNanos) / 1e6));
        answer.put("pageMillis", Double.toString(QueryReads.median(pageNanos) / 1e6));
        answer.put("ids", rows.stream().map(r -> Long.toString(r.customerId())).collect(Collectors.joining(",")));
        answer.put("names", rows.stream().map(CustomerRow::name).collect(Collectors.joining("|")));
        answer.put("resellers", rows.stream().map(CustomerRow::resellerName).collect(Collectors.joining("|")));
    }

    /**
     * The table's total as the page asks for it ({@link Customers#total}, or {@link Customers#totalShared} with a
     * partnership), once to prepare its statement, then once more with what it read recorded as for a page: its
     * plan (Derby's operations, ROWIDSCAN for each row fetched from the table after an index entry; PostgreSQL's
     * scans per index) in {@code plan.N}, and the total in {@code total}.
     */
    private void total(HttpServletRequest request, Map<String, String> answer) throws Exception {
        CustomerFilter filter = new CustomerFilter(
                request.getParameter("name"), request.getParameter("domain"), request.getParameter("country"));
        String partnership = request.getParameter("partnership");
        Callable<Total> total = () -> partnership == null
                ? customers.total(filter)
                : customers.totalShared(Long.parseLong(partnership), filter);
        Total counted = QueryReads.recorded(transaction, dataSource, List.of("customer_relationship"), total, answer);
        answer.put("total", counted.toString());
    }

    private PageRequest keyset(PageRequest first, String from, CustomerFilter filter) {
        if (from == null) {
            return first;
        }
        PageRequest last = withSeek(first, new PageRequest.Seek(PageRequest.From.END, null, 0));
        return switch (from) {
            case "END" -> last;
            case "NEXT" -> withSeek(
                    first,
                    new PageRequest.Seek(
                            PageRequest.From.AFTER,
                            customers.page(first, filter).lastKey(),
                            0));
            case "PREVIOUS" -> withSeek(
                    first,
                    new PageRequest.Seek(
                            PageRequest.From.BEFORE,
                            customers.page(last, filter).firstKey(),
                            0));
            default -> throw new IllegalArgumentException("from END, NEXT or PREVIOUS");
        };
    }

    private static PageRequest withSeek(PageRequest page, PageRequest.Seek seek) {
        return new PageRequest(page.first(), page.size(), page.sortField(), page.ascending(), null, seek);
    }
}
