package org.channelcenter.it.support;

import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

/**
 * Test-only, in the server: what the scale probes read of a database about the statements a boundary just ran on
 * the same connection. Derby records plans in XPLAIN tables once runtime statistics are on; PostgreSQL keeps, per
 * table and index, the scans and rows of the running transaction. Each probe turns them into its own answer.
 */
public final class QueryReads {

    /** The schema Derby writes its XPLAIN tables to. */
    public static final String XPLAIN_SCHEMA = "IT_XPLAIN";

    private QueryReads() {}

    /** Derby: starts recording the connection's statements (emptying earlier probes' records), or stops. */
    public static void xplain(Connection connection, boolean on) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(" + (on ? 1 : 0) + ")");
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_XPLAIN_SCHEMA('" + (on ? XPLAIN_SCHEMA : "") + "')");
            if (on) { // the schema's tables exist now; earlier probes' records are not ours
                for (String table : List.of(
                        "SYSXPLAIN_SCAN_PROPS",
                        "SYSXPLAIN_SORT_PROPS",
                        "SYSXPLAIN_RESULTSETS",
                        "SYSXPLAIN_STATEMENTS")) {
                    statement.executeUpdate("DELETE FROM " + XPLAIN_SCHEMA + "." + table);
                }
            }
        }
    }

    /**
     * PostgreSQL: per table ({@code "TABLESCAN <table>"}) and per index of it (its upper-case name), the scans this
     * transaction started and the rows they returned (pg_stat_get_xact_*). Two readings around a boundary call
     * give what the call read.
     */
    public static Map<String, long[]> postgresReads(Connection connection, List<String> tables) throws Exception {
        Map<String, long[]> reads = new LinkedHashMap<>();
        for (String table : tables) {
            String sql = "SELECT 'TABLESCAN " + table + "', pg_stat_get_xact_numscans(t.oid),"
                    + " pg_stat_get_xact_tuples_returned(t.oid) FROM pg_class t WHERE t.oid = '" + table
                    + "'::regclass UNION ALL SELECT upper(i.relname), pg_stat_get_xact_numscans(i.oid),"
                    + " pg_stat_get_xact_tuples_returned(i.oid) FROM pg_index x JOIN pg_class i"
                    + " ON i.oid = x.indexrelid WHERE x.indrelid = '" + table + "'::regclass";
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    reads.put(result.getString(1), new long[] {result.getLong(2), result.getLong(3)});
                }
            }
        }
        return reads;
    }

    /**
     * PostgreSQL (15 and later) keeps a backend's table statistics pending, across transactions, until it is idle
     * and a second has passed: a probe's "reads of this transaction" would then also show what the same pooled
     * connection did just before (a bulk load's scans, 100,006 rows). Asked outside the probe's transaction, this
     * makes the backend flush them before it reads its next statement. Nothing on Derby.
     */
    public static void settlePostgresStatistics(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                statement.execute("SELECT pg_stat_force_next_flush()");
            }
        }
    }

    /**
     * What Derby recorded (XPLAIN) for the statements on that table: per statement its text and its plan's
     * operations, with the rows each scan produced per opening and the rows each sort took in. Derby adds up
     * the figures of a statement it keeps prepared over all its runs, so a scan's rows are given per opening
     * (an average over the runs of that statement, whatever their page). For the page's queries (all but the
     * count): {@code pageRowsPerScan} (the most any scan produced per opening), {@code pageRowsSorted} and
     * {@code pageTableScans}.
     */
    public static void derbyPlan(Connection connection, String table, Map<String, String> answer) throws Exception {
        String sql = "SELECT st.stmt_id, st.stmt_text, rs.op_identifier, sp.scan_object_name, rs.no_opens,"
                + " rs.seen_rows, so.no_input_rows FROM " + QueryReads.XPLAIN_SCHEMA + ".SYSXPLAIN_STATEMENTS st"
                + " JOIN " + QueryReads.XPLAIN_SCHEMA + ".SYSXPLAIN_RESULTSETS rs ON rs.stmt_id = st.stmt_id"
                + " LEFT JOIN " + QueryReads.XPLAIN_SCHEMA + ".SYSXPLAIN_SCAN_PROPS sp ON sp.scan_rs_id = rs.scan_rs_id"
                + " LEFT JOIN " + QueryReads.XPLAIN_SCHEMA + ".SYSXPLAIN_SORT_PROPS so ON so.sort_rs_id = rs.sort_rs_id"
                + " WHERE UPPER(st.stmt_text) LIKE '%" + table.toUpperCase(Locale.ROOT)
                + "%' ORDER BY st.xplain_time, st.stmt_id";
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
     * What a call read, from two {@link #postgresReads} around it: a plan line ({@code INDEXSCAN(IX_...: n rows/open)}
     * per index it used, {@code TABLESCAN(TABLE: n rows/open)} per full scan), the most rows a scan returned per
     * opening, and the table scans. PostgreSQL keeps no per-statement count of sorted rows; a read of no more than a
     * page from an index with no table scan cannot have sorted the whole list.
     */
    public static Reads postgresReadsBetween(Map<String, long[]> before, Map<String, long[]> after) {
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
                plan.append(path.getKey().replace("TABLESCAN ", "TABLESCAN(").toUpperCase(Locale.ROOT))
                        .append(": ");
            } else {
                plan.append("INDEXSCAN(").append(path.getKey()).append(": ");
            }
            plan.append(perOpen).append(" rows/open) ");
            rowsPerScan = Math.max(rowsPerScan, perOpen);
        }
        return new Reads(plan.toString().strip(), rowsPerScan, tableScans);
    }

    /** The page's reads on PostgreSQL as the probes answer a Derby plan ({@link #derbyPlan}); rows sorted: -1. */
    public static void postgresPlan(Map<String, long[]> before, Map<String, long[]> after, Map<String, String> answer) {
        Reads reads = postgresReadsBetween(before, after);
        answer.put("statement.0", "the page's statements (PostgreSQL statistics)");
        answer.put("plan.0", reads.plan());
        answer.put("statements", "1");
        answer.put("pageRowsPerScan", Long.toString(reads.rowsPerScan()));
        answer.put("pageRowsSorted", "-1");
        answer.put("pageTableScans", Long.toString(reads.tableScans()));
    }

    /**
     * {@link #postgresPlan} of {@code read}, run twice in the connection's transaction, of the run that read less.
     * What a read reads is the same each time; what else a reading may show is not: now and then a reading held
     * what the same pooled connection had read just before the transaction (seen: the 4,975 index rows of the
     * offset page a keyset page was started from, counted as the keyset page's own), despite {@link
     * #settlePostgresStatistics}.
     */
    public static <T> T postgresPlanOfTheLesserRead(
            Connection connection, List<String> tables, Callable<T> read, Map<String, String> answer) throws Exception {
        Map<String, long[]> before = postgresReads(connection, tables);
        T result = read.call();
        Map<String, long[]> between = postgresReads(connection, tables);
        read.call();
        Map<String, long[]> after = postgresReads(connection, tables);
        Reads first = postgresReadsBetween(before, between);
        Reads second = postgresReadsBetween(between, after);
        if (second.rowsPerScan() < first.rowsPerScan()) {
            postgresPlan(between, after, answer);
        } else {
            postgresPlan(before, between, answer);
        }
        return result;
    }

    /**
     * Runs {@code read} once to prepare its statements, then once more in the same transaction with what it read
     * recorded, as {@link #derbyPlan} answers (Derby: statements whose text names the first table) or
     * {@link #postgresPlan} (PostgreSQL: the scans of the tables and their indexes); rolls back.
     */
    public static <T> T recorded(
            UserTransaction transaction,
            DataSource dataSource,
            List<String> tables,
            Callable<T> read,
            Map<String, String> answer)
            throws Exception {
        settlePostgresStatistics(dataSource);
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
            read.call();
            T result;
            if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                result = postgresPlanOfTheLesserRead(connection, tables, read, answer);
            } else {
                xplain(connection, true);
                result = read.call();
                xplain(connection, false);
                derbyPlan(connection, tables.get(0), answer);
            }
            return result;
        } finally {
            transaction.rollback(); // a read; nothing to keep
        }
    }

    /** What {@link #postgresReadsBetween} found. */
    public record Reads(String plan, long rowsPerScan, long tableScans) {}

    public static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
