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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.channelcenter.audit.boundary.AuditFilter;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.SortKey;
import org.channelcenter.kernel.boundary.Total;
import org.channelcenter.notification.boundary.Outboxes;
import org.channelcenter.notification.entity.MailStatus;

/**
 * Test-only, for AuditLogScaleIT: reads one page of an audit log ({@code op=page}), the staff's organization
 * suggestions ({@code op=organizations}, {@code text}) or one page of the outbox
 * ({@code op=outbox}: {@code text}, {@code status}, {@code ascending}, {@code first}, {@code size}) as the signed-in
 * user and tells what the database did for it. POST /public/it-probe/audit-scale with {@code login, password},
 * {@code own}
 * (true: the caller's organization's log, else the staff's), {@code organization, action, from, until, text},
 * {@code first, size, ascending}, {@code seek} (END, or AFTER/AT/BEFORE with {@code seekTime, seekId}),
 * {@code repeat}, through the keyset methods the tables call: answers the page's event ids ({@code ids}), the
 * total ({@code count}, {@code exact}), the median {@code countMillis} and {@code pageMillis} over the runs, and for one more page
 * (and, separately, one more count) the plan: on Derby what XPLAIN recorded (rows per opening of each scan,
 * rows sorted, table scans), on PostgreSQL the scans and rows this transaction's statistics show per table and
 * index of the audit log.
 */
@WebServlet("/public/it-probe/audit-scale")
public class AuditScaleProbeServlet extends SignedInProbe {

    private static final List<String> TABLES =
            List.of("audit_event", "audit_event_organization", "audit_search_key", "outbox_message", "organization");

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @EJB
    AuditLog auditLog;

    @EJB
    Outboxes outboxes;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> answer) throws Exception {
        PageRequest.Seek seek = blank(request.getParameter("seek"))
                ? null
                : "END".equals(request.getParameter("seek"))
                        ? new PageRequest.Seek(PageRequest.From.END, null, 0)
                        : new PageRequest.Seek(
                                PageRequest.From.valueOf(request.getParameter("seek")),
                                new SortKey(
                                        Instant.parse(request.getParameter("seekTime")),
                                        Long.parseLong(request.getParameter("seekId"))),
                                0);
        PageRequest page = new PageRequest(
                Integer.parseInt(request.getParameter("first")),
                Integer.parseInt(request.getParameter("size")),
                "outbox".equals(op) ? "createdAt" : "occurredAt",
                "true".equals(request.getParameter("ascending")),
                "outbox".equals(op) ? request.getParameter("text") : null,
                seek);
        boolean own = "true".equals(request.getParameter("own"));
        AuditFilter filter = new AuditFilter(
                blank(request.getParameter("organization")) ? null : Long.valueOf(request.getParameter("organization")),
                blank(request.getParameter("action")) ? null : AuditAction.valueOf(request.getParameter("action")),
                blank(request.getParameter("from")) ? null : Instant.parse(request.getParameter("from")),
                blank(request.getParameter("until")) ? null : Instant.parse(request.getParameter("until")),
                request.getParameter("text"));
        MailStatus status =
                blank(request.getParameter("status")) ? null : MailStatus.valueOf(request.getParameter("status"));
        Supplier<Total> counter;
        Supplier<List<Row>> loader;
        switch (op) {
            case "page" -> {
                counter = () -> own ? auditLog.totalOwn(filter) : auditLog.totalEvents(filter);
                loader = () -> (own ? auditLog.pageOfOwn(page, filter) : auditLog.pageOfEvents(page, filter))
                        .rows().stream()
                                .map(e -> new Row(e.id(), e.occurredAt()))
                                .toList();
            }
            case "outbox" -> {
                counter = () -> outboxes.total(page.filter(), status);
                loader = () -> outboxes.page(page, status).rows().stream()
                        .map(m -> new Row(m.id(), m.createdAt()))
                        .toList();
            }
            case "organizations" -> {
                counter = () -> Total.exactly(0); // the filter's suggestions have no total
                loader = () -> auditLog.findOrganizations(request.getParameter("text")).stream()
                        .map(o -> new Row(o.id(), Instant.EPOCH))
                        .toList();
            }
            default -> throw new IllegalArgumentException("op");
        }
        int repeat = Integer.parseInt(request.getParameter("repeat"));
        long[] countNanos = new long[repeat];
        long[] pageNanos = new long[repeat];
        Total count = null;
        List<Row> rows = List.of();
        QueryReads.settlePostgresStatistics(dataSource);
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < repeat; i++) {
                long started = System.nanoTime();
                count = counter.get();
                countNanos[i] = System.nanoTime() - started;
                started = System.nanoTime();
                rows = loader.get();
                pageNanos[i] = System.nanoTime() - started;
            }
            boolean postgresql =
                    connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
            for (String part : List.of("page", "count")) {
                Runnable again = "page".equals(part) ? loader::get : counter::get;
                if (postgresql) {
                    Map<String, long[]> before = QueryReads.postgresReads(connection, TABLES);
                    again.run();
                    explainReads(part, before, QueryReads.postgresReads(connection, TABLES), answer);
                } else {
                    QueryReads.xplain(connection, true);
                    again.run();
                    QueryReads.xplain(connection, false);
                    explain(part, connection, answer);
                }
            }
        } finally {
            transaction.rollback(); // a read; nothing to keep
        }
        answer.put("count", Long.toString(count.value()));
        answer.put("exact", Boolean.toString(count.exact()));
        answer.put("countMillis", Double.toString(QueryReads.median(countNanos) / 1e6));
        answer.put("pageMillis", Double.toString(QueryReads.median(pageNanos) / 1e6));
        answer.put("ids", rows.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining(",")));
        answer.put("times", rows.stream().map(r -> r.at().toString()).collect(Collectors.joining(",")));
    }

    /** What the test checks of a row: its id and the time the list is ordered by. */
    private record Row(long id, Instant at) {}

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * What Derby recorded for the statements on the audit tables: the plan's operations with the rows each scan
     * produced per opening and each sort took in; {@code part.rowsPerScan} (the most of any scan),
     * {@code part.rowsSorted}, {@code part.tableScans} and {@code part.plan}.
     */
    private static void explain(String part, Connection connection, Map<String, String> answer) throws Exception {
        String sql = "SELECT st.stmt_text, rs.op_identifier, sp.scan_object_name, rs.no_opens,"
                + " rs.seen_rows, so.no_input_rows FROM " + QueryReads.XPLAIN_SCHEMA + ".SYSXPLAIN_STATEMENTS st"
                + " JOIN " + QueryReads.XPLAIN_SCHEMA + ".SYSXPLAIN_RESULTSETS rs ON rs.stmt_id = st.stmt_id"
                + " LEFT JOIN " + QueryReads.XPLAIN_SCHEMA + ".SYSXPLAIN_SCAN_PROPS sp ON sp.scan_rs_id = rs.scan_rs_id"
                + " LEFT JOIN " + QueryReads.XPLAIN_SCHEMA + ".SYSXPLAIN_SORT_PROPS so ON so.sort_rs_id = rs.sort_rs_id"
                + " WHERE UPPER(st.stmt_text) LIKE '%AUDIT_%' OR UPPER(st.stmt_text) LIKE '%OUTBOX_MESSAGE%'"
                + " OR UPPER(st.stmt_text) LIKE '%ORGANIZATION%' ORDER BY st.xplain_time, st.stmt_id";
        StringBuilder plan = new StringBuilder();
        long rowsPerScan = 0;
        long sorted = 0;
        long tableScans = 0;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                String operation = result.getString(2);
                long perOpen = result.getLong(5) / Math.max(1, result.getLong(4));
                plan.append(operation);
                if (result.getString(3) != null) {
                    plan.append('(')
                            .append(result.getString(3))
                            .append(": ")
                            .append(perOpen)
                            .append(" rows/open)");
                }
                if (operation.contains("SORT")) {
                    plan.append('(').append(result.getLong(6)).append(" rows in)");
                    sorted += result.getLong(6);
                }
                plan.append(' ');
                rowsPerScan = operation.endsWith("SCAN") ? Math.max(rowsPerScan, perOpen) : rowsPerScan;
                tableScans += operation.equals("TABLESCAN") ? 1 : 0;
            }
        }
        answer.put(part + ".plan", plan.toString().strip());
        answer.put(part + ".rowsPerScan", Long.toString(rowsPerScan));
        answer.put(part + ".rowsSorted", Long.toString(sorted));
        answer.put(part + ".tableScans", Long.toString(tableScans));
    }

    /**
     * PostgreSQL's twin of {@link #explain}: the scans of each table and index and the rows they returned. It keeps
     * no count of sorted rows: {@code rowsSorted} is -1 (not measured); a page that read no more than a page from
     * an index and scanned no table cannot have sorted the log.
     */
    private static void explainReads(
            String part, Map<String, long[]> before, Map<String, long[]> after, Map<String, String> answer) {
        QueryReads.Reads reads = QueryReads.postgresReadsBetween(before, after);
        answer.put(part + ".plan", reads.plan());
        answer.put(part + ".rowsPerScan", Long.toString(reads.rowsPerScan()));
        answer.put(part + ".rowsSorted", "-1");
        answer.put(part + ".tableScans", Long.toString(reads.tableScans()));
    }
}
