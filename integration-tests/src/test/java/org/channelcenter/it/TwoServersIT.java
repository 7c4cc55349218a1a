package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.channelcenter.it.pages.CustomerPartnersPage;
import org.channelcenter.it.pages.OrderPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.LoadBalancer;
import org.channelcenter.it.support.MailBatchFixtureServlet.Batch;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.Pause;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SampleNetwork;
import org.channelcenter.it.support.TwoServers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Two servers over one PostgreSQL database (issue 13, point 3): servers B and C run the same EAR and configuration
 * as the test server, with HTTP sessions in the database ({@code cc.sessions=database}), and are started and
 * stopped with their own {@code bin/server} script. Runs in the postgresql profile only (two servers cannot share
 * embedded Derby); the test server makes the data through its fixtures, over the same database.
 *
 * <p>Each test starts whichever of B and C is not running, so they do not depend on each other; the order only
 * keeps the failover, which stops B, for last. The sign-out tests of issue 15 are here too, so that the class
 * starts the two servers once (about 25 s each time).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT {

    private static final String SEEDS_RULE = "Your indirect provider needs to have a reseller relationship with your"
            + " customers to submit orders on their behalf.";

    private static final String SIGNED_IN_PAGE = "dashboard.xhtml";

    @RegisterExtension
    static final TwoServers servers = new TwoServers();

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    @Order(1)
    void fiveHundredMailsQueuedWhileBothServersDeliverGoOutOnceEach() {
        String prefix = "two-servers-" + UUID.randomUUID().toString().substring(0, 8);
        int count = 500;
        Instant queued = Instant.now();
        Fixtures.postForJson(
                "public/it-fixtures/mail-batch",
                Fixtures.Count.class,
                "prefix",
                prefix,
                "count",
                Integer.toString(count));

        Batch batch = awaitSent(prefix, count, Duration.ofSeconds(90));
        Duration took = Duration.between(queued, Instant.now());
        // a moment more, in which a mail sent twice would still arrive
        Pause.of(Duration.ofMillis(2000));

        Map<String, Integer> received = new HashMap<>();
        Map<String, Integer> bySender = new HashMap<>();
        for (int i = 0; i < count; i++) {
            List<MailCatcher.ReceivedMail> mails = smtp.mailTo(prefix + "-" + i + "@example.test");
            received.put(prefix + "-" + i, mails.size());
            mails.forEach(mail -> bySender.merge(mail.from(), 1, Integer::sum));
        }
        List<String> notOnce = received.entrySet().stream()
                .filter(entry -> entry.getValue() != 1)
                .map(entry -> entry.getKey() + "×" + entry.getValue())
                .toList();
        assertTrue(notOnce.isEmpty(), "mails not received exactly once: " + notOnce);
        assertEquals(new Batch(0, count, 0, count), batch, "every mail SENT after one attempt");
        assertTrue(
                bySender.getOrDefault("server-b@channel.test", 0) > 0
                        && bySender.getOrDefault("server-c@channel.test", 0) > 0,
                "both servers delivered: " + bySender);
        System.getLogger(TwoServersIT.class.getName())
                .log(System.Logger.Level.INFO, count + " mails delivered in " + took.toMillis() + " ms by " + bySender);
    }

    @Test
    @Order(2)
    void aPartnerRemovedThroughOneServerIsRefusedOnTheOtherAtItsNextRequest() {
        SampleNetwork network = SampleNetwork.create();
        Created provider = network.provider();
        Created customer = network.customer();
        long offer = Ordering.offer(1, 50, true);

        // the provider works on C: Place order for the customer, a line entered
        WebDriver providerBrowser = browsers.open("en");
        PortalPage onC = new PortalPage(providerBrowser, servers.c().baseUrl());
        onC.signIn(provider.login(), Fixtures.PASSWORD);
        OrderPage order = OrderPage.open(onC, customer.organizationId());
        order.offer(0, offer).quantity(0, "10");

        // the customer's admin removes the provider through B
        WebDriver customerBrowser = browsers.open("en");
        PortalPage onB = new PortalPage(customerBrowser, servers.b().baseUrl());
        onB.signIn(customer.login(), Fixtures.PASSWORD);
        CustomerPartnersPage partners = CustomerPartnersPage.open(onB);
        partners.remove(domainOf(provider.login()));
        partners.confirmRemove();
        partners.shell().awaitMessage("was removed");

        // C refuses the provider's very next request
        order.place();
        order.awaitMessage(SEEDS_RULE);
        assertEquals(0, Ordering.rowsOf(customer.organizationId()).orders());
    }

    /**
     * Issue 15, point 4: a sign-out on one server ends the sign-in on the other at once, even for a server that
     * holds the browser's session in its own memory. The second browser holds copies of the first one's cookies,
     * as someone who copied them would.
     */
    @Test
    @Order(3)
    void aSignOutOnOneServerEndsTheSignInOnTheOther() {
        PortalPage onB = signedInOnB("RESELLER", "ADMIN_AGENT");
        WebDriver browser = onB.driver();
        assertTrue(browser.getCurrentUrl().contains(SIGNED_IN_PAGE), browser.getCurrentUrl());

        // the copy is used on C, so that C has the session (and its sign-in) in its own memory too
        WebDriver copy = browsers.open("en");
        PortalPage copyOnC = new PortalPage(copy, servers.c().baseUrl());
        copyOnC.open(PortalPage.LOGIN_PATH);
        Set<Cookie> cookies = browser.manage().getCookies();
        cookies.forEach(cookie -> copy.manage().addCookie(cookie));
        copyOnC.open(SIGNED_IN_PAGE);
        assertTrue(copy.getCurrentUrl().contains(SIGNED_IN_PAGE), "the copy works on C: " + copy.getCurrentUrl());

        onB.open(SIGNED_IN_PAGE);
        onB.signOut();

        copyOnC.open(SIGNED_IN_PAGE);
        assertTrue(
                copy.getCurrentUrl().contains(PortalPage.LOGIN_PATH),
                "signed out on B, refused on C: " + copy.getCurrentUrl());
        copyOnC.evidence("two-servers-sign-out-refused-on-c");
    }

    /** Issue 15, point 4: a sign-in outlives a restart of its server. */
    @Test
    @Order(4)
    void aSignInOutlivesARestartOfItsServer() {
        PortalPage onB = signedInOnB("PROVIDER", "SALES_AGENT");
        WebDriver browser = onB.driver();

        servers.b().stop();
        servers.b().start();

        onB.open(SIGNED_IN_PAGE);
        assertTrue(browser.getCurrentUrl().contains(SIGNED_IN_PAGE), "still signed in: " + browser.getCurrentUrl());
    }

    /** A new organization's user of that kind and roles, signed in on B in a browser of its own. */
    private PortalPage signedInOnB(String kind, String roles) {
        Created user = Fixtures.organization(kind, roles, 0);
        PortalPage onB = new PortalPage(browsers.open("en"), servers.b().baseUrl());
        onB.signIn(user.login(), Fixtures.PASSWORD);
        return onB;
    }

    @Test
    @Order(5)
    void aSignedInUserWhoseServerStopsCompletesPlaceOrderOnTheOtherServer() {
        SampleNetwork network = SampleNetwork.create();
        Created provider = network.provider();
        Created customer = network.customer();
        long firstOffer = Ordering.offer(1, 50, true);
        long secondOffer = Ordering.offer(1, 50, true);

        try (LoadBalancer balancer =
                LoadBalancer.listening(balancerPort(), servers.b().baseUrl())) {
            // signed in through the balancer, served by B: Place order with two lines entered
            WebDriver browser = browsers.open("en");
            PortalPage portal = new PortalPage(browser, balancer.address());
            portal.signIn(provider.login(), Fixtures.PASSWORD);
            OrderPage order = OrderPage.open(portal, customer.organizationId());
            order.offer(0, firstOffer).quantity(0, "10");
            order.addLine();
            order.awaitLine(1);
            order.offer(1, secondOffer).quantity(1, "3");
            int servedByB = balancer.requestsTo(servers.b().baseUrl());

            // B stops; the balancer sends the same browser to C
            Instant stopping = Instant.now();
            servers.b().stop();
            assertTrue(!servers.b().servesTheSignInPage(), "B is down");
            balancer.routeTo(servers.c().baseUrl());

            // the same page, still signed in, with both lines, is completed on C
            order.place();
            order.awaitMessage("placed");
            System.getLogger(TwoServersIT.class.getName())
                    .log(
                            System.Logger.Level.INFO,
                            "B stopped and the order placed on C in "
                                    + Duration.between(stopping, Instant.now()).toMillis() + " ms");
            // both lines, in one order (its two subscriptions share a time, so either may be listed first)
            assertEquals(
                    Set.of("10:ACTIVE", "3:ACTIVE"),
                    Set.of(Ordering.rowsOf(customer.organizationId())
                            .quantities()
                            .split(",")));
            assertTrue(servedByB > 0 && balancer.requestsTo(servers.c().baseUrl()) > 0, "B served, then C");
            assertEquals(servedByB, balancer.requestsTo(servers.b().baseUrl()), "nothing went to B after it stopped");
            assertTrue(portal.revealsNothingInternal());
        }
    }

    private static int balancerPort() {
        return Integer.parseInt(System.getProperty("channelcenter.balancer.port"));
    }

    private static Batch awaitSent(String prefix, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Batch batch = Fixtures.callForJson(
                    HttpRequest.newBuilder(
                                    URI.create(Fixtures.baseUrl() + "public/it-fixtures/mail-batch?prefix=" + prefix))
                            .build(),
                    Batch.class);
            if (batch.sent() + batch.other() >= count || Instant.now().isAfter(deadline)) {
                return batch;
            }
            Pause.of(Duration.ofMillis(200));
        }
    }

    private static String domainOf(String login) {
        return login.substring(login.indexOf('@') + 1);
    }
}
