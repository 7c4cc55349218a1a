package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.ProbeAnswer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The issue's scale promise for the audit logs: with 100,000 events of one organization, each order of both logs
 * (newest and oldest first), each filter (action, time range, organization, search prefix) and the last page
 * (the reverse order's first page, which is how a keyset paginator reads it) are read from an index: what Derby
 * recorded (XPLAIN) or PostgreSQL's transaction statistics show no scan returning more than a page (a search
 * returns its matches, which are then ordered), no sort of more than a search's matches, no table scan. Counts
 * stop at AuditLog.COUNT_BOUND. The same for Staff › Outbox with 100,000 mails (creation time both ways, status,
 * recipient prefix). Figures go to target/audit-log-scale.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditLogScaleIT {

    private static final String FIXTURE = "public/it-fixtures/audit";
    private static final String PROBE = "public/it-probe/audit-scale";
    private static final int LARGE = 100_000;
    private static final int PAGE = 25;
    /** Total.BOUND: a table's total never reads more. */
    private static final int COUNT_BOUND = 1_000;

    private final StringBuilder report = new StringBuilder();

    @Test
    void everyOrderAndFilterOfBothLogsReadsOnePageFromAnIndex() throws IOException {
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        String run =
                "scale" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        long started = System.nanoTime();
        Fixtures.postForJsonWithin(
                java.time.Duration.ofMinutes(10),
                FIXTURE,
                Fixtures.Count.class,
                "op",
                "scale",
                "organizationId",
                Long.toString(reseller.organizationId()),
                "count",
                Integer.toString(LARGE),
                "prefix",
                run);
        report.append(String.format("load: %d events in %d ms%n", LARGE, (System.nanoTime() - started) / 1_000_000));
        String organization = Long.toString(reseller.organizationId());

        for (String ascending : List.of("false", "true")) {
            String order = "true".equals(ascending) ? "oldest first" : "newest first";
            // the organization's own log
            Measured own = page(reseller.login(), "own " + order, 0, "own", "true", "ascending", ascending);
            assertOnePage(own, ascending);
            assertEquals(COUNT_BOUND, own.count, "counted up to the bound");
            assertTrue(!own.exact, "more than the bound");
            // the next page continues from the page's last key; the last page reads the order backwards
            Measured next = page(
                    reseller.login(),
                    "own next page " + order,
                    0,
                    "own",
                    "true",
                    "ascending",
                    ascending,
                    "seek",
                    "AFTER",
                    "seekTime",
                    own.times.get(PAGE - 1),
                    "seekId",
                    own.ids.get(PAGE - 1));
            assertOnePage(next, ascending);
            assertTrue(later(own.times.get(PAGE - 1), next.times.get(0), ascending), next.toString());
            Measured last = page(
                    reseller.login(),
                    "own last page " + order,
                    0,
                    "own",
                    "true",
                    "ascending",
                    ascending,
                    "seek",
                    "END");
            assertOnePage(last, ascending);
            if (!"true".equals(ascending)) {
                assertEquals("2001-01-01T00:00:00Z", last.times.get(PAGE - 1), "the oldest event ends the last page");
            }
            Measured ownAction = page(
                    reseller.login(),
                    "own action " + order,
                    0,
                    "own",
                    "true",
                    "ascending",
                    ascending,
                    "action",
                    "MAIL_SENT");
            assertOnePage(ownAction, ascending);
            Measured ownRange = page(
                    reseller.login(),
                    "own time range " + order,
                    0,
                    "own",
                    "true",
                    "ascending",
                    ascending,
                    "from",
                    "2001-02-01T00:00:00Z",
                    "until",
                    "2001-03-01T00:00:00Z");
            assertOnePage(ownRange, ascending);
            assertTrue(ownRange.times.get(0).startsWith("2001-02"), ownRange.times.toString());
            Measured ownText = page(
                    reseller.login(),
                    "own search user " + order,
                    0,
                    "own",
                    "true",
                    "ascending",
                    ascending,
                    "text",
                    run.toUpperCase(Locale.ROOT) + "-u7@");
            assertMatchesOnly(ownText, ascending, LARGE / 50);
            assertEquals(COUNT_BOUND, ownText.count, "2,000 events of that user: more than the bound");

            // the staff's whole log, and narrowed to the organization
            Measured all = page(staff.login(), "staff " + order, 0, "ascending", ascending);
            assertOnePage(all, ascending);
            assertOnePage(
                    page(staff.login(), "staff last page " + order, 0, "ascending", ascending, "seek", "END"),
                    ascending);
            Measured action = page(
                    staff.login(), "staff action " + order, 0, "ascending", ascending, "action", "PARTNERSHIP_STARTED");
            assertOnePage(action, ascending);
            Measured narrowed = page(
                    staff.login(),
                    "staff organization " + order,
                    0,
                    "ascending",
                    ascending,
                    "organization",
                    organization);
            assertOnePage(narrowed, ascending);
            Measured range = page(
                    staff.login(),
                    "staff time range " + order,
                    0,
                    "ascending",
                    ascending,
                    "from",
                    "2001-02-01T00:00:00Z",
                    "until",
                    "2001-03-01T00:00:00Z");
            assertOnePage(range, ascending);
            Measured text = page(
                    staff.login(), "staff search target " + order, 0, "ascending", ascending, "text", run + "-t9999");
            assertMatchesOnly(text, ascending, 11); // t9999 and t99990 .. t99999
            assertEquals(11, text.count);
        }
        // Staff › Outbox with 100,000 mails: creation time both ways, the status filter, the recipient prefix
        started = System.nanoTime();
        Fixtures.postForJsonWithin(
                java.time.Duration.ofMinutes(10),
                "public/it-fixtures/outbox",
                Fixtures.Count.class,
                "count",
                Integer.toString(LARGE),
                "prefix",
                run);
        report.append(String.format("load: %d mails in %d ms%n", LARGE, (System.nanoTime() - started) / 1_000_000));
        for (String ascending : List.of("false", "true")) {
            String order = "true".equals(ascending) ? "oldest first" : "newest first";
            Measured mails = outbox(staff.login(), "outbox " + order, "ascending", ascending);
            assertOnePage(mails, ascending);
            Measured sent = outbox(staff.login(), "outbox SENT " + order, "ascending", ascending, "status", "SENT");
            assertOnePage(sent, ascending);
            Measured recipient = outbox(
                    staff.login(),
                    "outbox search recipient " + order,
                    "ascending",
                    ascending,
                    "text",
                    run.toUpperCase(Locale.ROOT) + "-r7@");
            assertMatchesOnly(recipient, ascending, LARGE / 50);
            assertEquals(COUNT_BOUND, recipient.count);
            assertOnePage(
                    outbox(staff.login(), "outbox last page " + order, "ascending", ascending, "seek", "END"),
                    ascending);
        }

        // the staff's organization filter: suggestions for the start of a domain, 20 index entries at most
        String domain = reseller.login().substring(reseller.login().indexOf('@') + 1);
        Measured organizations = probe(
                "organizations",
                staff.login(),
                "organizations by domain start",
                0,
                "text",
                domain.substring(0, domain.length() - 3));
        assertTrue(organizations.ids.contains(organization), organizations.toString());
        // (Derby; PostgreSQL may rightly scan the few organizations the suite has, 115 in a whole run: rowsSorted
        // -1 marks PostgreSQL's figures)
        assertTrue(organizations.rowsSorted < 0 || organizations.rowsPerScan <= 21, "rows per scan: " + organizations);
        assertTrue(organizations.rowsSorted < 0 || organizations.tableScans == 0, "no table scan: " + organizations);

        // a later page by offset: the rows up to it, still from the index (a keyset paginator reads only the page)
        Measured later = page(reseller.login(), "own page 11", 250, "own", "true", "ascending", "false");
        assertEquals(PAGE, later.ids.size());
        assertTrue(later.rowsPerScan <= 250 + PAGE + 1, later.toString());
        assertEquals(0, later.tableScans, later.toString());
        Files.writeString(Path.of("target", "audit-log-scale.txt"), report);
    }

    private Measured outbox(String login, String what, String... more) {
        return probe("outbox", login, what, 0, more);
    }

    private Measured page(String login, String what, int first, String... more) {
        return probe("page", login, what, first, more);
    }

    private Measured probe(String op, String login, String what, int first, String... more) {
        List<String> form = new ArrayList<>(List.of(
                "login",
                login,
                "password",
                Fixtures.PASSWORD,
                "op",
                op,
                "first",
                Integer.toString(first),
                "size",
                Integer.toString(PAGE),
                "repeat",
                "5"));
        form.addAll(Arrays.asList(more));
        ProbeAnswer answer = Fixtures.post(PROBE, form.toArray(String[]::new));
        assertEquals("ok", answer.outcome(), what + ": " + answer);
        String ids = answer.value("ids", "");
        String times = answer.value("times", "");
        Measured measured = new Measured(
                what,
                Long.parseLong(answer.value("count")),
                Boolean.parseBoolean(answer.value("exact")),
                Double.parseDouble(answer.value("countMillis")),
                Double.parseDouble(answer.value("pageMillis")),
                Long.parseLong(answer.value("page.rowsPerScan")),
                Long.parseLong(answer.value("page.rowsSorted")),
                Long.parseLong(answer.value("page.tableScans")),
                Long.parseLong(answer.value("count.rowsPerScan")),
                Long.parseLong(answer.value("count.tableScans")),
                ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")),
                times.isEmpty() ? List.of() : Arrays.asList(times.split(",")),
                answer.value("page.plan", ""),
                answer.value("count.plan", ""));
        report.append(String.format(
                "%-36s count %6d in %7.1f ms; page in %7.1f ms, %6d rows per scan, %6d sorted, %d table scans%n"
                        + "    page: %s%n    count: %s%n",
                what,
                measured.count,
                measured.countMillis,
                measured.pageMillis,
                measured.rowsPerScan,
                measured.rowsSorted,
                measured.tableScans,
                measured.pagePlan,
                measured.countPlan));
        try {
            Files.writeString(Path.of("target", "audit-log-scale.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return measured;
    }

    /** A full page in the order asked, read from an index: no scan returned more than the page, nothing sorted. */
    private static void assertOnePage(Measured page, String ascending) {
        assertEquals(PAGE, page.ids.size(), page.toString());
        assertInOrder(page, ascending);
        // a page's worth of an index, never the list: PostgreSQL may read the time index and skip the rows of other
        // actions when one action is every fourth event (112 entries for 25), which costs the same at any size
        assertTrue(page.rowsPerScan <= 5 * PAGE, "rows per scan: " + page);
        assertTrue(page.rowsSorted <= 0, "nothing sorted: " + page);
        assertEquals(0, page.tableScans, "no table scan: " + page);
        // the total stops at its bound, never reads the list: from an index, or (PostgreSQL, when many rows match)
        // the table's first rows until the bound is reached, e.g. 4,009 rows for an action every fourth event has
        assertTrue(page.countRowsPerScan <= 10L * COUNT_BOUND, "the count stops at its bound: " + page);
    }

    /**
     * A search: its matches come from the search-key index, and only they are sorted: once to take each event once
     * (its user and target may both match), once into time order.
     */
    private static void assertMatchesOnly(Measured page, String ascending, int matches) {
        assertEquals(Math.min(PAGE, matches), page.ids.size(), page.toString());
        assertInOrder(page, ascending);
        assertTrue(page.rowsPerScan <= matches + 1, "rows per scan: " + page);
        assertTrue(page.rowsSorted <= 2L * matches, "only the matches sorted: " + page);
        assertEquals(0, page.tableScans, "no table scan: " + page);
        assertTrue(
                page.countRowsPerScan <= 2L * Math.max(matches, COUNT_BOUND), "the count reads the matches: " + page);
    }

    /** True when {@code second} comes after {@code first} in the order. */
    private static boolean later(String first, String second, String ascending) {
        int comparison = second.compareTo(first);
        return "true".equals(ascending) ? comparison >= 0 : comparison <= 0;
    }

    private static void assertInOrder(Measured page, String ascending) {
        List<String> sorted = new ArrayList<>(page.times);
        sorted.sort(null);
        if (!"true".equals(ascending)) {
            java.util.Collections.reverse(sorted);
        }
        assertEquals(sorted, page.times, "time order: " + page.what);
    }

    private record Measured(
            String what,
            long count,
            boolean exact,
            double countMillis,
            double pageMillis,
            long rowsPerScan,
            long rowsSorted,
            long tableScans,
            long countRowsPerScan,
            long countTableScans,
            List<String> ids,
            List<String> times,
            String pagePlan,
            String countPlan) {}
}
