package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
                Map<String, long[]> before = QueryReads.postgresReads(connection, List.of("customer_relationship"));
                if (partnership == null) {
                    customers.page(page, filter).rows();
                } else {
                    customers
                            .pageShared(Long.parseLong(partnership), page, filter)
                            .rows();
                }
                explainReads(before, QueryReads.postgresReads(connection, List.of("customer_relationship")), answer);
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
                explain(connection, answer);
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
        QueryReads.settlePostgresStatistics(dataSource);
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
            total.call();
            Total counted;
            if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                Map<String, long[]> before = QueryReads.postgresReads(connection, List.of("customer_relationship"));
                counted = total.call();
                explainReads(before, QueryReads.postgresReads(connection, List.of("customer_relationship")), answer);
            } else {
                QueryReads.xplain(connection, true);
                counted = total.call();
                QueryReads.xplain(connection, false);
                explain(connection, answer);
            }
            answer.put("total", counted.toString());
        } finally {
            transaction.rollback(); // a read; nothing to keep
        }
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

    /**
     * What Derby recorded for the statements on customer_relationship: per statement its text and its plan's
     * operations, with the rows each scan produced per opening and the rows each sort took in. Derby adds up
     * the figures of a statement it keeps prepared over all its runs, so a scan's rows are given per opening
     * (an average over the runs of that statement, whatever their page). For the page's queries (all but the
     * count): {@code pageRowsPerScan} (the most any scan produced per opening), {@code pageRowsSorted} and
     * {@code pageTableScans}.
     */
    private static void explain(Connection connection, Map<String, String> answer) throws Exception {
        String sql = "SELECT st.stmt_id, st.stmt_text, rs.op_identifier, sp.scan_object_name, rs.no_opens,"
                + " rs.seen_rows, so.no_input_rows FROM " + QueryReads.XPLAIN_SCHEMA + ".SYSXPLAIN_STATEMENTS st"
                + " JOIN " + QueryReads.XPLAIN_SCHEMA + ".SYSXPLAIN_RESULTSETS rs ON rs.stmt_id = st.stmt_id"
                + " LEFT JOIN " + QueryReads.XPLAIN_SCHEMA + ".SYSXPLAIN_SCAN_PROPS sp ON sp.scan_rs_id = rs.scan_rs_id"
                + " LEFT JOIN " + QueryReads.XPLAIN_SCHEMA + ".SYSXPLAIN_SORT_PROPS so ON so.sort_rs_id = rs.sort_rs_id"
                + " WHERE UPPER(st.stmt_text) LIKE '%CUSTOMER_RELATIONSHIP%' ORDER BY st.xplain_time, st.stmt_id";
        Map<String, StringBuilder> plans = new LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        long rowsPerScan = 0;
        long sorted = 0;
        long tableScans = 0;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                String id = result.getString(1);
                String text = result.getString(2).strip();
                boolean page = !text.toUpperCase(Locale.ROOT).startsWith("SELECT COUNT");
                texts.put(id, text);
                String operation = result.getString(3);
                long perOpen = result.getLong(6) / Math.max(1, result.getLong(5));
                long rowsSorted = result.getLong(7);
                StringBuilder plan = plans.computeIfAbsent(id, key -> new StringBuilder());
                plan.append(operation);
                if (result.getString(4) != null) {
                    plan.append('(')
                            .append(result.getString(4))
                            .append(": ")
                            .append(perOpen)
                            .append(" rows/open)");
                }
                if (operation.contains("SORT")) {
                    plan.append('(').append(rowsSorted).append(" rows in)");
                }
                plan.append(' ');
                if (page) {
                    rowsPerScan = operation.endsWith("SCAN") ? Math.max(rowsPerScan, perOpen) : rowsPerScan;
                    sorted += rowsSorted;
                    tableScans += operation.equals("TABLESCAN") ? 1 : 0;
                }
            }
        }
        int n = 0;
        for (Map.Entry<String, StringBuilder> plan : plans.entrySet()) {
            answer.put("statement." + n, texts.get(plan.getKey()));
            answer.put("plan." + n, plan.getValue().toString().strip());
            n++;
        }
        answer.put("statements", Integer.toString(n));
        answer.put("pageRowsPerScan", Long.toString(rowsPerScan));
        answer.put("pageRowsSorted", Long.toString(sorted));
        answer.put("pageTableScans", Long.toString(tableScans));
    }

    /**
     * The page's reads as a plan line ({@code INDEXSCAN(IX_...: n rows/open)} per index it used, {@code TABLESCAN}
     * per full scan of the table) and the same figures as on Derby: {@code pageRowsPerScan}, {@code pageTableScans}.
     * PostgreSQL keeps no per-statement count of sorted rows, so {@code pageRowsSorted} is -1 (not measured); a page
     * that read no more than a page and its offset and scanned no table cannot have sorted the whole list.
     */
    private static void explainReads(
            Map<String, long[]> before, Map<String, long[]> after, Map<String, String> answer) {
        StringBuilder plan = new StringBuilder();
        long rowsPerScan = 0;
        long tableScans = 0;
        for (Map.Entry<String, long[]> path : after.entrySet()) {
            long[] earlier = before.getOrDefault(path.getKey(), new long[2]);
            long scans = path.getValue()[0] - earlier[0];
            long rows = path.getValue()[1] - earlier[1];
            if (scans == 0) {
                continue;
            }
            long perOpen = rows / scans;
            if (path.getKey().startsWith("TABLESCAN")) {
                tableScans += scans;
                plan.append("TABLESCAN(CUSTOMER_RELATIONSHIP: ");
            } else {
                plan.append("INDEXSCAN(").append(path.getKey()).append(": ");
            }
            plan.append(perOpen).append(" rows/open) ");
            rowsPerScan = Math.max(rowsPerScan, perOpen);
        }
        answer.put("statement.0", "the page's statements on customer_relationship (PostgreSQL statistics)");
        answer.put("plan.0", plan.toString().strip());
        answer.put("statements", "1");
        answer.put("pageRowsPerScan", Long.toString(rowsPerScan));
        answer.put("pageRowsSorted", "-1");
        answer.put("pageTableScans", Long.toString(tableScans));
    }
}
