package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerFixtures;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.ProbeAnswer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The scale promise: with 100,000 customers the Customers page still answers from a database page.
 * One reseller of its own grows from 1,000 to 100,000 customers; its first page and a later page are read
 * through the boundary (as its signed-in user) at both sizes. What Derby recorded for the page's queries
 * (XPLAIN, on the connection the boundary used), or on PostgreSQL the transaction's statistics of the table and
 * its indexes, shows the rows they visited (and on Derby sorted): a page that read or
 * sorted the whole list would show 100,000 there. Figures go to target/customers-scale.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomersScaleIT {

    private static final int SMALL = 1_000;
    /**
     * 100,000 on PostgreSQL. Derby gets 30,000: its counter triggers (V16, one statement per row) and V17's DESC
     * index twins make its bulk load take 3 to 7 times as long as before (several minutes for 99,000 on this
     * machine, past the fixture's timeout); a page that reads 25 entries of an index reads 25 at either size,
     * which is what the checks assert.
     */
    private static final int LARGE =
            "postgresql".equals(System.getProperty("channelcenter.db.vendor")) ? 100_000 : 30_000;

    private static final int PAGE = 25;
    private static final String LATER_PAGE_FIRST = "250"; // page 11

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theCustomersPageReadsOnePageWhetherThereAreAThousandOrAHundredThousandCustomers() throws IOException {
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        String run =
                "Scale" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        StringBuilder report = new StringBuilder("Customers scale, reseller " + reseller.organizationId() + "\n");

        long smallLoad = CustomerFixtures.bulk(reseller.organizationId(), SMALL, run + "a");
        Measured small = measure(reseller.login(), "0");
        Measured smallLater = measure(reseller.login(), LATER_PAGE_FIRST);
        assertEquals(SMALL, small.count);

        long largeLoad = CustomerFixtures.bulk(reseller.organizationId(), LARGE - SMALL, run + "b");
        // (V17's keyset indexes, with their DESC twins on Derby, are eight more index entries per insert: the bulk
        // load writes about twice what it did, and the machine is shared; the bound is the fixture's own timeout)
        assertTrue(
                largeLoad < 240_000, (LARGE - SMALL) + " customers load in a few minutes, took " + largeLoad + " ms");
        Measured large = measure(reseller.login(), "0");
        Measured largeLater = measure(reseller.login(), LATER_PAGE_FIRST);
        assertEquals(LARGE, large.count);

        report.append(
                String.format("load: %d customers %d ms, %d more %d ms%n", SMALL, smallLoad, LARGE - SMALL, largeLoad));
        report.append(row("1k first page", small))
                .append(row("1k page 11", smallLater))
                .append(row("100k first page", large))
                .append(row("100k page 11", largeLater));

        // every order the table offers, both ways, on its first page, the page after it (keyset, from the first
        // page's last key), its last page (read backwards from the end) and the page before that; and each
        // filter both ways: each reads one page from an index of the partner's relationships (issue 14)
        java.util.Map<String, Measured> sorted = new java.util.LinkedHashMap<>();
        for (String sort : List.of("name", "domain", "countryCode", "since", "resellerName")) {
            for (String ascending : List.of("true", "false")) {
                // DEEP: the page after row 5,000, from that page's last key, which shares its country, reseller or
                // second with thousands of rows before it: those ties are not walked either
                for (String from : List.of("FIRST", "NEXT", "END", "PREVIOUS", "DEEP")) {
                    String what = sort + (ascending.equals("true") ? " asc " : " desc ") + from;
                    Measured page = from.equals("FIRST")
                            ? measure(reseller.login(), "0", "sort", sort, "ascending", ascending)
                            : from.equals("DEEP")
                                    ? measure(
                                            reseller.login(),
                                            "5000",
                                            "sort",
                                            sort,
                                            "ascending",
                                            ascending,
                                            "from",
                                            "NEXT")
                                    : measure(
                                            reseller.login(), "0", "sort", sort, "ascending", ascending, "from", from);
                    sorted.put(what, page);
                    report.append(row("100k " + what, page));
                }
            }
        }
        java.util.Map<String, Measured> filtered = new java.util.LinkedHashMap<>();
        for (String ascending : List.of("true", "false")) {
            for (String[] filter : List.of(
                    new String[] {"name", run.toLowerCase() + "b 0001"},
                    new String[] {"domain", run.toLowerCase() + "b-1"},
                    new String[] {"country", "BR"})) {
                String what = filter[0] + " " + filter[1] + (ascending.equals("true") ? " asc" : " desc");
                Measured page = filter[0].equals("domain")
                        ? measure(reseller.login(), "0", "ascending", ascending, filter[0], filter[1])
                        : measure(reseller.login(), "0", "sort", "name", "ascending", ascending, filter[0], filter[1]);
                filtered.put(what, page);
                report.append(row("100k filter " + what, page));
            }
        }
        Measured lastByName = sorted.get("name asc END");
        assertEquals(PAGE, lastByName.names.size());
        assertEquals(lastByName.names.stream().sorted().toList(), lastByName.names, "last page in name order");
        assertTrue(lastByName.names.get(0).compareTo(large.names.get(PAGE - 1)) > 0);
        List<String> reversed = new java.util.ArrayList<>(lastByName.names);
        java.util.Collections.reverse(reversed);
        assertEquals(
                sorted.get("name desc FIRST").names,
                reversed,
                "the first page name descending is the last page name ascending, reversed");
        assertTrue(
                sorted.get("name asc NEXT").names.get(0).compareTo(large.names.get(PAGE - 1)) > 0,
                "the next page follows the first");
        report.append("statements of the 100k first page:\n")
                .append(large.plan)
                .append("statements of the 100k page 11:\n")
                .append(largeLater.plan);
        writeReport(report);

        // the page is the first 25 names in name order, the later one the 25 after row 250
        assertEquals(PAGE, large.names.size());
        assertEquals(large.names.stream().sorted().toList(), large.names, "name order");
        assertTrue(large.names.get(0).startsWith(run), large.names.get(0));
        assertEquals(PAGE, largeLater.names.size());
        assertTrue(large.names.get(PAGE - 1).compareTo(largeLater.names.get(0)) < 0);

        // paged in the database: the page's queries read the partner index in order, and no scan produced more
        // than a page and its offset (the figures are averages over the runs of page 1 and page 11, which share
        // their prepared statements), sorted nothing and scanned no table
        assertTrue(
                large.plan.contains("IX_CUSTOMER_RELATIONSHIP_PARTNER"),
                "the page is read from the partner index:\n" + large.plan);
        assertTrue(
                large.rowsPerScan <= 250 + PAGE, "first page: " + large.rowsPerScan + " rows per scan:\n" + large.plan);
        assertTrue(
                largeLater.rowsPerScan <= 250 + PAGE,
                "page 11: " + largeLater.rowsPerScan + " rows per scan:\n" + largeLater.plan);
        // (-1: not measured, on PostgreSQL; there the rows read per scan above bound what could be sorted)
        assertTrue(large.rowsSorted <= 0 && largeLater.rowsSorted <= 0, "no sort of the list:\n" + large.plan);
        assertEquals(0, large.tableScans + largeLater.tableScans, "no table scan:\n" + large.plan);

        sorted.forEach((sort, page) -> {
            assertEquals(PAGE, page.names.size(), sort);
            assertTrue(
                    page.rowsPerScan <= 2 * PAGE,
                    "by " + sort + ": " + page.rowsPerScan + " rows per scan:\n" + page.plan);
            assertTrue(page.rowsSorted <= 0, "by " + sort + ", no sort of the list:\n" + page.plan);
            assertEquals(0, page.tableScans, "by " + sort + ", no table scan:\n" + page.plan);
        });
        filtered.forEach((filter, page) -> {
            assertTrue(!page.names.isEmpty(), filter);
            assertTrue(
                    page.rowsPerScan <= 2 * PAGE,
                    "filter " + filter + ": " + page.rowsPerScan + " rows per scan:\n" + page.plan);
            assertTrue(page.rowsSorted <= 0, "filter " + filter + ", no sort:\n" + page.plan);
            assertEquals(0, page.tableScans, "filter " + filter + ", no table scan:\n" + page.plan);
        });

        // and so its time does not grow with the table (generous bounds against a noisy machine)
        assertTrue(
                large.pageMillis < 10 * small.pageMillis + 50,
                "100k page " + large.pageMillis + " ms vs 1k page " + small.pageMillis + " ms");
        assertTrue(
                largeLater.pageMillis < 10 * smallLater.pageMillis + 50,
                "100k page 11 " + largeLater.pageMillis + " ms vs 1k " + smallLater.pageMillis + " ms");
        assertTrue(large.pageMillis < 500 && largeLater.pageMillis < 500, "page under half a second");
        // the count reads the partner's index entries (no joins); it grows, but stays well under a second
        assertTrue(large.countMillis < 1_000, "count of 100k took " + large.countMillis + " ms");

        // the page in a browser: page 1 of 100,000 rendered
        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        long started = System.nanoTime();
        portal.open("customer/customers.xhtml");
        portal.waitForScripts();
        long renderMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(
                PAGE,
                browser.findElements(By.cssSelector("#customersForm\\:customers_data > tr"))
                        .size());
        assertEquals(large.names.get(0), portal.text("customersForm:customers:0:customerLink"));
        // the unfiltered total is exact, from the counter kept with the relationships, and never counted
        String total = browser.findElement(By.id("customersForm:customers_paginator_bottom"))
                .getText();
        assertTrue(
                total.contains("of " + LARGE) || total.contains(String.format(Locale.ENGLISH, "of %,d", LARGE)), total);
        report.append(String.format("browser: Customers page 1 of %d rendered in %d ms%n", LARGE, renderMillis));
        writeReport(report);
        assertTrue(renderMillis < Duration.ofSeconds(10).toMillis(), "page rendered in " + renderMillis + " ms");
    }

    private static void writeReport(CharSequence report) throws IOException {
        Files.writeString(
                Path.of("target", "customers-scale.txt"),
                report,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static Measured measure(String login, String first, String... more) {
        String[] arguments = new String[6 + more.length];
        String[] base = {"first", first, "size", Integer.toString(PAGE), "repeat", "7"};
        System.arraycopy(base, 0, arguments, 0, base.length);
        System.arraycopy(more, 0, arguments, base.length, more.length);
        ProbeAnswer answer = CustomerFixtures.as(login, "page", arguments);
        assertEquals("ok", answer.outcome(), answer.toString());
        StringBuilder plans = new StringBuilder();
        for (int i = 0; i < Integer.parseInt(answer.value("statements")); i++) {
            plans.append("  ")
                    .append(answer.value("statement." + i))
                    .append("\n    ")
                    .append(answer.value("plan." + i))
                    .append('\n');
        }
        String names = answer.value("names", "");
        return new Measured(
                Long.parseLong(answer.value("count")),
                Double.parseDouble(answer.value("countMillis")),
                Double.parseDouble(answer.value("pageMillis")),
                Long.parseLong(answer.value("pageRowsPerScan")),
                Long.parseLong(answer.value("pageRowsSorted")),
                Long.parseLong(answer.value("pageTableScans")),
                names.isEmpty() ? List.of() : Arrays.asList(names.split("\\|")),
                plans.toString());
    }

    private static String row(String what, Measured measured) {
        return String.format(
                "%-30s count %6d in %7.1f ms; page in %7.1f ms, %6d rows per scan, %6d sorted, %d table scans%n",
                what,
                measured.count,
                measured.countMillis,
                measured.pageMillis,
                measured.rowsPerScan,
                measured.rowsSorted,
                measured.tableScans);
    }

    private record Measured(
            long count,
            double countMillis,
            double pageMillis,
            long rowsPerScan,
            long rowsSorted,
            long tableScans,
            List<String> names,
            String plan) {}
}
