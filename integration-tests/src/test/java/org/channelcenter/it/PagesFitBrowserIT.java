package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.channelcenter.it.pages.AuditLogPage;
import org.channelcenter.it.pages.AuthorizeProviderPage;
import org.channelcenter.it.pages.CreditLimitsPage;
import org.channelcenter.it.pages.CreditPage;
import org.channelcenter.it.pages.CustomerInvitationPage;
import org.channelcenter.it.pages.CustomerPage;
import org.channelcenter.it.pages.CustomerPartnersPage;
import org.channelcenter.it.pages.CustomersPage;
import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.DraftEmail;
import org.channelcenter.it.pages.EnrollPage;
import org.channelcenter.it.pages.EnrollmentReviewPage;
import org.channelcenter.it.pages.EnrollmentStatusPage;
import org.channelcenter.it.pages.EnrollmentsPage;
import org.channelcenter.it.pages.ErrorPage;
import org.channelcenter.it.pages.FindProviderPage;
import org.channelcenter.it.pages.InvitationsPage;
import org.channelcenter.it.pages.InviteCustomersPage;
import org.channelcenter.it.pages.InviteResellerPage;
import org.channelcenter.it.pages.LoginPage;
import org.channelcenter.it.pages.MarginsPage;
import org.channelcenter.it.pages.OffersPage;
import org.channelcenter.it.pages.OrderPage;
import org.channelcenter.it.pages.OrdersPage;
import org.channelcenter.it.pages.OrganizationProfilePage;
import org.channelcenter.it.pages.OutboxPage;
import org.channelcenter.it.pages.OwnStatementsPage;
import org.channelcenter.it.pages.PriceBooksPage;
import org.channelcenter.it.pages.PricesPage;
import org.channelcenter.it.pages.ProfilePage;
import org.channelcenter.it.pages.ProviderInvoicesPage;
import org.channelcenter.it.pages.ProviderListingsPage;
import org.channelcenter.it.pages.ProvidersPage;
import org.channelcenter.it.pages.ReceivedInvoicesPage;
import org.channelcenter.it.pages.RegistryPage;
import org.channelcenter.it.pages.ResellersPage;
import org.channelcenter.it.pages.SetPasswordPage;
import org.channelcenter.it.pages.SharedCustomersPage;
import org.channelcenter.it.pages.StatementsPage;
import org.channelcenter.it.pages.UsersPage;
import org.channelcenter.it.pages.VerifyContactPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SampleNetwork;
import org.channelcenter.it.support.Statementing;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 16, "layouts that fit" and accessibility, as one crawler over the pages with tables (and the others a
 * person meets), in one browser per language:
 *
 * <ul>
 *   <li>every page is laid out at 1280×800 and at 1024×768 (the viewport is resized, the page is not reopened):
 *       no table cell ({@code td}, {@code th}) and no button whose text is clipped ({@code scrollWidth >
 *       clientWidth}) or broken inside a word, and no horizontal scroll of the page itself;
 *   <li>the customer admin's pages (Partners, the invitation acceptance) also at 390 px, a phone: no horizontal
 *       scroll, every button within reach;
 *   <li>axe-core's WCAG 2.1 A/AA rules over every page and the dialogs opened: no serious or critical violation;
 *   <li>the menu collapses behind a menu button on narrow screens; the draft email's buttons stand in one row; the
 *       Dashboard's Open links look like the portal's links.
 * </ul>
 *
 * Every finding is collected and reported at the end (and in {@code target/screenshots/fit-*.txt}), so that one run
 * lists them all; each page leaves named screenshots per width and language in {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesFitBrowserIT {

    private static final Path REPORTS = Paths.get("target", "screenshots");

    /** The widths checked, each with its height: the issue's desktop and its narrow laptop/tablet. */
    private static final int[][] SIZES = {{1280, 800}, {1024, 768}};

    private static final int PHONE = 390;

    /** What is clipped, broken inside a word, or wider than the window; one line per finding. */
    private static final String FIT_SCRIPT =
            """
            var found = [];
            function shown(e) {
              var r = e.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
            }
            function where(e) {
              var x = e;
              while (x && !x.id) { x = x.parentElement; }
              return e.tagName.toLowerCase() + (x ? ' in #' + x.id : '');
            }
            function text(e) { return (e.innerText || e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60); }
            /* a word that wraps onto two lines; addresses, dates and hyphenated words may break at their
               punctuation, as they do everywhere */
            function brokenWord(e) {
              var walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT), node;
              while ((node = walker.nextNode())) {
                if (node.parentElement.closest('td, th, button, .ui-button') !== e) { continue; }
                var re = /\\S+/g, m;
                while ((m = re.exec(node.data))) {
                  if (m[0].length < 3 || /[-@.\\/:_=?&,;()\\u2013\\u2014]/.test(m[0])) { continue; }
                  var range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  var tops = {};
                  Array.prototype.forEach.call(range.getClientRects(), function (r) {
                    if (r.width > 0) { tops[Math.round(r.top)] = true; }
                  });
                  if (Object.keys(tops).length > 1) { return m[0]; }
                }
              }
              return null;
            }
            document.querySelectorAll('td, th, button, a.ui-button, .ui-button').forEach(function (e) {
              if (!shown(e)) { return; }
              if (e.scrollWidth > e.clientWidth + 1) {
                found.push('clipped ' + where(e) + ' "' + text(e) + '" (' + e.scrollWidth + ' > ' + e.clientWidth + ')');
                return;
              }
              var word = brokenWord(e);
              if (word) { found.push('word broken ' + where(e) + ' "' + word + '" in "' + text(e) + '"'); }
            });
            if (document.documentElement.scrollWidth > window.innerWidth) {
              found.push('the page scrolls sideways (' + document.documentElement.scrollWidth + ' > '
                  + window.innerWidth + ')');
            }
            return found;
            """;

    /** Buttons and links a person cannot reach on a phone: outside the window's width. */
    private static final String REACH_SCRIPT =
            """
            var found = [];
            document.querySelectorAll('button, a, input, select, textarea, .ui-button').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') { return; }
              if (r.left < 0 || r.right > window.innerWidth + 1) {
                found.push('out of reach ' + (e.id || e.tagName) + ' (' + Math.round(r.left) + '..' + Math.round(r.right) + ')');
              }
            });
            if (document.documentElement.scrollWidth > window.innerWidth) {
              found.push('the page scrolls sideways (' + document.documentElement.scrollWidth + ' > '
                  + window.innerWidth + ')');
            }
            /* text that sticks out of the window without making the page scroll (overflowing its own box) */
            document.querySelectorAll('.cc-content *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > window.innerWidth + 1 && !e.closest('.ui-datatable-tablewrapper')) {
                found.push('sticks out ' + (e.id || e.tagName.toLowerCase() + '.' + e.className) + ' ('
                    + Math.round(r.right) + ' > ' + window.innerWidth + ')');
              }
            });
            return found;
            """;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private final List<String> misfits = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    /** Axe's serious and critical findings per rule: nodes over all pages. */
    private final Map<String, Integer> byRule = new TreeMap<>();

    private PortalPage portal;
    private String language;

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "ru"})
    void everyPageFitsAndIsAccessible(String language) {
        this.language = language;
        WebDriver driver = browsers.open(language);
        portal = new PortalPage(driver);
        try {
            crawl();
        } finally {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        String fit = String.join("\n", misfits);
        String axe = byRule.entrySet().stream()
                .map(rule -> rule.getKey() + ": " + rule.getValue())
                .collect(Collectors.joining("\n"));
        write("fit-" + language + ".txt", fit);
        write("axe-" + language + ".txt", axe + "\n\n" + String.join("\n", violations));
        assertTrue(misfits.isEmpty(), () -> misfits.size() + " misfits in " + language + ":\n" + fit);
        assertTrue(
                violations.isEmpty(),
                () -> "serious or critical axe violations in " + language + " (nodes per rule):\n" + axe + "\n"
                        + String.join("\n", violations));
    }

    private void crawl() {
        // signed out: sign-in, the enrollment wizard's steps
        check("login", LoginPage.PATH);
        check("enroll", EnrollPage.PATH);
        EnrollPage.open(portal).toNewDirectory();
        checkShown("enroll-new-directory");
        check("verify-contact", VerifyContactPage.PATH + "?token=unknown");
        check("set-password", SetPasswordPage.PATH + "?token=unknown");
        check("customer-invitation-unknown", CustomerInvitationPage.PATH + "?token=unknown");
        check("not-found", ErrorPage.NOT_FOUND_PATH);

        // the network, with long names where people type them, an order with two lines, a listing, an invitation
        SampleNetwork network = SampleNetwork.withHelpdeskUsers(2, 2, 0);
        Fixtures.Created reseller = network.reseller();
        Fixtures.Created provider = network.provider();
        Fixtures.Created shared = network.customer();
        long longOffer = Ordering.offer(
                "Microsoft 365 Business Premium Nonprofit Staff Pricing (Annual Commitment, Monthly Billing) "
                        + System.nanoTime(),
                1,
                50,
                true);
        Ordering.place(
                provider.login(),
                shared.organizationId(),
                reseller.organizationId(),
                longOffer + ":4," + Ordering.offer(1, 50, true) + ":2");
        // last month's statement of the shared customer, with a long offer name and large amounts (Statements, Margins)
        String lastMonth =
                java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(1).toString();
        Statementing.statement(
                provider.organizationId(),
                reseller.organizationId(),
                shared.organizationId(),
                longOffer,
                lastMonth,
                "1234567.89:1000000.00,12.50:11.25");
        Statementing.invoice(
                provider.organizationId(),
                reseller.organizationId(),
                shared.organizationId(),
                longOffer,
                lastMonth,
                "ISSUED",
                "1000000.00,11.25");
        Fixtures.listing(
                provider.organizationId(),
                "Internationale Cloud-Lösungsanbieter und Systemintegratoren Gesellschaft " + System.nanoTime(),
                "BR,RU,US",
                "");
        Fixtures.membership("BR", true);

        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        check("dashboard-reseller", DashboardPage.PATH);
        tileLinksLookLikeLinks();
        menuCollapsesOnNarrowScreens();
        check("customers", CustomersPage.PATH);
        CustomersPage.open(portal).table().expand(shared.organizationId());
        checkShown("customers-expanded");
        for (CustomerPage.Section section : CustomerPage.Section.values()) {
            check("customer-" + section.param(), CustomerPage.of(shared.organizationId(), section));
            if (section == CustomerPage.Section.USERS) {
                CustomerPage.shown(portal).record().addUser();
                dialog("customer-add-user", "[id$='addCustomerUserDialog']");
            }
        }
        check("orders-reseller", OrdersPage.PATH);
        check("providers", ProvidersPage.PATH);
        check("shared-customers", SharedCustomersPage.of(network.partnershipId()));
        check("find-provider", FindProviderPage.PATH);
        check("users-reseller", UsersPage.PATH);
        check("profile", ProfilePage.PATH);
        check("organization-profile", OrganizationProfilePage.PATH);
        check("enrollment-status", EnrollmentStatusPage.PATH);
        check("authorize-provider", AuthorizeProviderPage.PATH + "?token=unknown");
        check("invite-customers", InviteCustomersPage.PATH);
        DraftEmail draft = InviteCustomersPage.shown(portal)
                .recipient("customer@example.com")
                .nextToDraft();
        checkShown("invite-customers-draft");
        draftButtonsInOneRow();
        String customerLink = Fixtures.linkIn(draft.body());
        check("invitations", InvitationsPage.PATH);
        check("organization-audit-reseller", AuditLogPage.ACCOUNT_PATH);
        check("prices", PricesPage.PATH);
        check("received-invoices", ReceivedInvoicesPage.PATH);
        check("statements", StatementsPage.PATH);
        check("margins", MarginsPage.PATH);
        check("credit", CreditPage.PATH);
        portal.signOut();

        portal.signIn(provider.login(), Fixtures.PASSWORD);
        check("dashboard-provider", DashboardPage.PATH);
        check("resellers", ResellersPage.PATH);
        check("customers-provider", CustomersPage.PATH);
        check("customer-provider", CustomerPage.of(shared.organizationId()));
        CustomerPage.shown(portal).record().cancelFirstSubscription();
        dialog("cancel-subscription", "[id$='cancelSubscriptionDialog']");
        check("order", OrderPage.of(shared.organizationId()));
        check("orders-provider", OrdersPage.PATH);
        check("invite-reseller", InviteResellerPage.PATH);
        check("price-books", PriceBooksPage.PATH);
        check("invoices", ProviderInvoicesPage.PATH);
        check("credit-limits", CreditLimitsPage.PATH);
        portal.signOut();

        // a customer's admin: its partners, and the invitation it was sent; these two also on a phone
        Fixtures.Created customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        CustomerRelations.relationship(customer.organizationId(), reseller.organizationId(), reseller.organizationId());
        portal.signIn(customer.login(), Fixtures.PASSWORD);
        check("dashboard-customer", DashboardPage.PATH);
        check("partners", CustomerPartnersPage.PATH);
        onPhone("partners");
        Statementing.statement(
                provider.organizationId(),
                reseller.organizationId(),
                customer.organizationId(),
                longOffer,
                lastMonth,
                "99.90:80.00");
        check("own-statements", OwnStatementsPage.PATH);
        check("customer-invitation", CustomerInvitationPage.pathOf(customerLink));
        onPhone("customer-invitation");
        check("organization-audit-customer", AuditLogPage.ACCOUNT_PATH);
        portal.signOut();

        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        // a mail that failed as SMTP failures read (their words broke when the column gave way)
        ProbeAnswer failed = Fixtures.post(
                "public/it-probe/dashboard-charts",
                "op",
                "mails",
                "recipient",
                "fit-" + System.nanoTime() + "@example.test",
                "spec",
                "FAILED:0",
                "lastError",
                "MailConnectException: Couldn't connect to host, port: localhost, 2525; timeout -1"
                        + " \u2190 ConnectException: Connection refused");
        assertEquals("ok", failed.outcome(), failed.toString());
        portal.signIn(staff.login(), Fixtures.PASSWORD);
        check("dashboard-staff", DashboardPage.PATH);
        check("enrollments", EnrollmentsPage.PATH);
        check("enrollment-review", EnrollmentReviewPage.of("-1"));
        check("audit-log", AuditLogPage.STAFF_PATH);
        auditDatePickersSideBySide();
        check("registry", RegistryPage.PATH);
        check("outbox", OutboxPage.PATH);
        check("provider-listings", ProviderListingsPage.PATH);
        check("offers", OffersPage.PATH);
        portal.signOut();
    }

    private void check(String name, String path) {
        size(SIZES[0][0], SIZES[0][1]);
        portal.open(path);
        portal.waitForScripts();
        checkShown(name);
    }

    /** The page shown now, at each width, then axe over it (at the wide size, where nothing is collapsed). */
    private void checkShown(String name) {
        checkShown(name, new AxeBuilder());
    }

    private void checkShown(String name, AxeBuilder axe) {
        for (int[] size : SIZES) {
            size(size[0], size[1]);
            fits(name, size[0]);
        }
        size(SIZES[0][0], SIZES[0][1]);
        accessible(name, axe);
    }

    private void fits(String name, int width) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) js(FIT_SCRIPT);
        found.forEach(misfit -> misfits.add(name + " @" + width + ": " + misfit));
        portal.evidence("fit-" + name + "-" + width + "-" + language);
    }

    private void onPhone(String name) {
        size(PHONE, 844);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) js(REACH_SCRIPT);
        found.forEach(misfit -> misfits.add(name + " @" + PHONE + ": " + misfit));
        portal.evidence("fit-" + name + "-" + PHONE + "-" + language);
        size(SIZES[0][0], SIZES[0][1]);
    }

    /** axe-core over the page as it is: WCAG 2.0/2.1 A and AA; serious and critical findings are violations. */
    private void accessible(String name, AxeBuilder axe) {
        Results results = axe.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(portal.driver());
        assertTrue(!results.isErrored(), () -> "axe could not run on " + name + ": " + results.getErrorMessage());
        for (Rule rule : results.getViolations()) {
            if (!"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact())) {
                continue;
            }
            byRule.merge(rule.getImpact() + " " + rule.getId(), rule.getNodes().size(), Integer::sum);
            for (CheckedNode node : rule.getNodes()) {
                violations.add(name + ": " + rule.getId() + " " + node.getTarget() + " "
                        + node.getHtml()
                                .substring(0, Math.min(160, node.getHtml().length())));
            }
        }
    }

    /**
     * A dialog just opened: checked like a page, it has the keyboard focus inside it, and Esc closes it (a
     * person using the keyboard is never stuck in or behind it).
     */
    private void dialog(String name, String selector) {
        portal.waiting().until(d -> d.findElement(By.cssSelector(selector)).isDisplayed());
        // axe over the dialog only: the page under it was checked already, and its modal overlay, still fading
        // in, would make axe measure the contrast of the page's buttons through it (seen failing now and then)
        checkShown(name, new AxeBuilder().include(selector));
        Boolean focusInside = (Boolean)
                js("return !!document.activeElement && !!document.activeElement.closest(arguments[0]);", selector);
        if (!Boolean.TRUE.equals(focusInside)) {
            misfits.add(name + ": the dialog opened without the keyboard focus inside it");
        }
        new Actions(portal.driver()).sendKeys(Keys.ESCAPE).perform();
        try {
            portal.waiting()
                    .withTimeout(java.time.Duration.ofSeconds(3))
                    .until(d -> !d.findElement(By.cssSelector(selector)).isDisplayed());
        } catch (org.openqa.selenium.TimeoutException stillOpen) {
            misfits.add(name + ": Esc does not close the dialog");
        }
    }

    /**
     * The viewport at that size, as a resized window has it (no reload: the page must reflow by itself). Not in
     * Chromium's mobile mode, also for the phone: that mode zooms a page wider than the phone out to fit, and it
     * passed so while the invitation acceptance's country menu was 4-60 px too wide.
     */
    private void size(int width, int height) {
        ((ChromeDriver) portal.driver())
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) portal.driver()).executeScript(script, arguments);
    }

    /** Issue 16, point 9: the Dashboard's Open links look like the portal's buttons, not like bare text links. */
    private void tileLinksLookLikeLinks() {
        @SuppressWarnings("unchecked")
        List<String> bare = (List<String>)
                js(
                        """
                var bare = [];
                document.querySelectorAll('.cc-tile a').forEach(function (a) {
                  var s = getComputedStyle(a);
                  if (!a.classList.contains('cc-link-button') || s.borderTopStyle === 'none'
                      || parseFloat(s.paddingLeft) < 4 || s.textDecorationLine !== 'none') {
                    bare.push(a.id || a.textContent);
                  }
                });
                return bare;
                """);
        if (!bare.isEmpty()) {
            misfits.add("dashboard: Open links without the portal's link-button style: " + bare);
        }
    }

    /**
     * The draft email's actions, Open in mail client included, stand in one row at the same height, their texts
     * on one line (Open in mail client, a link, had its text and icon laid out unlike the buttons beside it).
     */
    private void draftButtonsInOneRow() {
        @SuppressWarnings("unchecked")
        List<String> tops = (List<String>)
                js(
                        """
                var out = [];
                document.querySelectorAll('.cc-draft-actions > .ui-button').forEach(function (b) {
                  var r = b.getBoundingClientRect(), text = b.querySelector('.ui-button-text');
                  var t = text ? text.getBoundingClientRect() : null;
                  out.push(Math.round(r.top) + '/' + Math.round(r.height) + '/'
                      + (t ? Math.round(t.top + t.height / 2) : 'no text span'));
                });
                document.querySelector('.cc-draft-actions').scrollIntoView({block: 'center'});
                return out;
                """);
        portal.evidence("draft-email-" + language);
        if (tops.size() < 2 || tops.stream().distinct().count() != 1) {
            misfits.add("draft email: its buttons are not in one row of one height with their texts on one line"
                    + " (top/height/text middle: " + tops + ")");
        }
    }

    /** The audit log's From and To date pickers stand side by side at both widths, not stacked. */
    private void auditDatePickersSideBySide() {
        for (int[] size : SIZES) {
            size(size[0], size[1]);
            @SuppressWarnings("unchecked")
            List<Long> tops = (List<Long>)
                    js(
                            """
                    return ['auditForm:from', 'auditForm:until'].map(function (id) {
                      return Math.round(document.getElementById(id).getBoundingClientRect().top);
                    });
                    """);
            if (tops.size() < 2 || tops.stream().distinct().count() != 1) {
                misfits.add("audit-log @" + size[0] + ": the date pickers are not side by side (tops " + tops + ")");
            }
        }
        size(SIZES[0][0], SIZES[0][1]);
    }

    /** On narrow screens the left menu is folded behind a menu button that opens and closes it. */
    private void menuCollapsesOnNarrowScreens() {
        size(SIZES[1][0], SIZES[1][1]);
        WebDriver driver = portal.driver();
        boolean folded = !driver.findElement(By.id("menuForm")).isDisplayed();
        boolean opens = false;
        if (folded && !driver.findElements(By.id("menuToggle")).isEmpty()) {
            PortalPage.press(driver, "menuToggle");
            opens = portal.waiting()
                    .until(d -> d.findElement(By.id("menuForm:menuDashboard")).isDisplayed());
            portal.evidence("fit-menu-open-" + SIZES[1][0] + "-" + language);
            PortalPage.press(driver, "menuToggle");
        }
        size(SIZES[0][0], SIZES[0][1]);
        boolean shownWide = driver.findElement(By.id("menuForm")).isDisplayed();
        if (!folded || !opens || !shownWide) {
            misfits.add("menu: folded at 1024 " + folded + ", opens with the menu button " + opens + ", shown at 1280 "
                    + shownWide);
        }
    }

    private static void write(String name, String text) {
        try {
            Files.createDirectories(REPORTS);
            Files.writeString(REPORTS.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
