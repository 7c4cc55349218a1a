package org.channelcenter.it.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
