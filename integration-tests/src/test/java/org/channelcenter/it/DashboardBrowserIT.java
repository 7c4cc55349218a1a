package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.PricesPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.Pricing;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * The Dashboard in Chromium (issue 16): a provider's, a reseller's and the staff's charts are drawn by Chart.js
 * from PrimeFaces' own copy, under the nonce-based Content-Security-Policy (the {@link Browsers} extension fails the
 * test on any refusal), with the figures the test made; "Needs your attention" lists what waits and links to it.
 * Screenshots of each Dashboard at 1280 and 1024 px, in each language, go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "ru"})
    void partnersSeeTheirOrdersAndLicensesChartAndWhatNeedsTheirAttention(String language) {
        SampleNetwork network = SampleNetwork.create();
        long customer = network.customer().organizationId();
        long offer = Ordering.offer(1, 100, true);
        for (int i = 0; i < 3; i++) {
            assertTrue(Ordering.place(
                            network.provider().login(),
                            customer,
                            network.reseller().organizationId(),
                            offer + ":2")
                    .ok());
        }
        CustomerRelations.invitation(network.reseller().login(), null, 0);
        Fixtures.post(
                "public/it-probe/dashboard-charts",
                "op",
                "expireSoon",
                "organization",
                Long.toString(network.reseller().organizationId()));
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        // last month billed (issue 17): the subscription's 6 licenses all month at list (12.50), the reseller's
        // customers at 20 % over its cost
        YearMonth billed = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        String subscription = Ordering.as(
                        network.provider().login(), "subscriptions", "customer", Long.toString(customer))
                .value("rows")
                .split("\\|")[0];
        String first = billed.atDay(1).atTime(9, 0).toInstant(ZoneOffset.UTC).toString();
        assertTrue(Pricing.as(
                        network.provider().login(),
                        "backdate",
                        "subscription",
                        subscription,
                        "at",
                        String.join(",", first, first, first))
                .ok());
        assertTrue(Pricing.as(
                        network.reseller().login(),
                        "pastRule",
                        "seller",
                        Long.toString(network.reseller().organizationId()),
                        "percentage",
                        "20",
                        "day",
                        billed.atDay(1).toString())
                .ok());
        ProbeAnswer run = Pricing.as(network.provider().login(), "run", "month", billed.toString());
        assertTrue(Pricing.as(network.provider().login(), "issueAll", "run", run.value("run"))
                .ok());
        String revenueRow = "revenue-" + billed + "-USD";

        WebDriver browser = browsers.open(language);
        PortalPage portal = new PortalPage(browser);
        portal.signIn(network.provider().login(), Fixtures.PASSWORD);
        DashboardPage dashboard = DashboardPage.open(portal);
        portal.waitForScripts();
        assertEquals("3", dashboard.figure("activity-" + month, "orders"));
        String orders = portal.waiting().until(d -> dashboard.drawn("activityChart", 0));
        assertTrue(orders.endsWith(",3"), "this month's bar is the last: " + orders);
        assertEquals(12, orders.split(",").length);
        assertNotNull(dashboard.drawn("activityChart", 1));
        assertTrue(dashboard.saysNothingNeedsAttention(), "the provider has nothing waiting");
        assertEquals("75.0000", dashboard.figure(revenueRow, "revenue"), "invoiced: 6 × 12.50");
        assertEquals("75.0000", dashboard.figure(revenueRow, "outstanding"), "none of it paid yet");
        assertEquals("75", portal.waiting().until(d -> dashboard.drawn("revenueChart", 0)), "one month, drawn");
        assertEquals("75", dashboard.drawn("revenueChart", 1), "unpaid, beside it");
        Locale locale = Locale.forLanguageTag(language);
        assertEquals("75.0000", dashboard.figure("tile-revenue-USD", "amount"), "the revenue tile");
        assertTrue(
                PricesPage.spaced(dashboard.tile("revenue-USD")).contains(PricesPage.dollars("75", locale)),
                dashboard.tile("revenue-USD"));
        assertEquals("75.0000", dashboard.figure("tile-outstanding-USD", "amount"), "the unpaid tile");
        screenshots(browser, portal, "dashboard-provider-" + language);

        portal.signOut();
        portal.signIn(network.reseller().login(), Fixtures.PASSWORD);
        DashboardPage reseller = DashboardPage.open(portal);
        portal.waitForScripts();
        assertEquals("3", reseller.figure("activity-" + month, "orders"));
        assertNotNull(portal.waiting().until(d -> reseller.drawn("activityChart", 0)));
        Map<String, String> attention = reseller.attention();
        assertEquals(Map.of("customerInvitationsExpiring", "1"), attention);
        assertEquals("90.0000", reseller.figure(revenueRow, "revenue"), "its customer's statement: 6 × 15.00");
        assertEquals("15.0000", reseller.figure(revenueRow, "margin"), "90.00 less its cost of 75.00");
        assertNotNull(portal.waiting().until(d -> reseller.drawn("revenueChart", 1)));
        assertEquals("90.0000", reseller.figure("tile-revenue-USD", "amount"), "the revenue tile");
        assertTrue(
                PricesPage.spaced(reseller.tile("margin-USD")).contains(PricesPage.dollars("15", locale)),
                reseller.tile("margin-USD"));
        String labels = reseller.drawnLabels("activityChart");
        if (language.equals("ru")) {
            assertFalse(labels.matches(".*[A-Za-z].*"), "month names in Russian: " + labels);
        }
        screenshots(browser, portal, "dashboard-reseller-" + language);
        reseller.openAttention("customerInvitationsExpiring");
        portal.waiting().until(d -> d.getCurrentUrl().contains("/customer/invitations.xhtml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "ru"})
    void staffSeeApplicationsByStateAndAgeAndTheOutboxHealth(String language) {
        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        Fixtures.Created applicant = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        Fixtures.post(
                "public/it-probe/dashboard-charts",
                "op",
                "applications",
                "organization",
                Long.toString(applicant.organizationId()),
                "spec",
                "IN_REVIEW:30");

        WebDriver browser = browsers.open(language);
        PortalPage portal = new PortalPage(browser);
        portal.signIn(staff.login(), Fixtures.PASSWORD);
        DashboardPage dashboard = DashboardPage.open(portal);
        portal.waitForScripts();
        for (String chart : new String[] {"byStateChart", "byAgeChart", "outboxChart"}) {
            assertNotNull(portal.waiting().until(d -> dashboard.drawn(chart, 0)), chart + " is drawn");
        }
        assertEquals(5, dashboard.drawn("byStateChart", 0).split(",").length);
        assertEquals(
                dashboard.figure("byState-IN_REVIEW", "count"),
                dashboard.drawn("byStateChart", 0).split(",")[1]);
        assertTrue(Long.parseLong(dashboard.figure("byAge-oneToSevenDays", "count")) >= 1);
        assertEquals(14, dashboard.drawn("outboxChart", 0).split(",").length);
        assertTrue(
                dashboard.attention().containsKey("applicationsWaiting"),
                dashboard.attention().toString());
        screenshots(browser, portal, "dashboard-staff-" + language);
    }

    /** The Dashboard at 1280 and 1024 px wide, tall enough for its charts, then the browser's size as it was. */
    private static void screenshots(WebDriver browser, PortalPage portal, String name) {
        Dimension size = browser.manage().window().getSize();
        try {
            for (int width : new int[] {1280, 1024}) {
                browser.manage().window().setSize(new Dimension(width, 1800));
                portal.waiting().until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return window.innerWidth <= " + width + ";"));
                portal.evidence(name + "-" + width);
            }
        } finally {
            browser.manage().window().setSize(size);
        }
    }
}
