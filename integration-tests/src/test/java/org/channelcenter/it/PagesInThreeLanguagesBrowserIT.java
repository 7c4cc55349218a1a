package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.channelcenter.it.pages.Shell;
import org.channelcenter.it.pages.StatementsPage;
import org.channelcenter.it.pages.UsersPage;
import org.channelcenter.it.pages.VerifyContactPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page renders in English, Brazilian Portuguese and Russian, in the browser's language, with no
 * missing text (Faces shows a missing bundle key as ???key???). The pages are not a hand-kept list: every
 * {@code .xhtml} of the webapp (but the templates and includes under {@code WEB-INF/} and the composite
 * components under {@code resources/}) must be visited here in each language, or be declared in
 * {@link #NOT_PAGES} with the reason; a new page that is neither fails the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesInThreeLanguagesBrowserIT {

    /** The webapp's sources, from the integration-tests module. */
    private static final Path WEBAPP = Paths.get(System.getProperty("basedir", "."))
            .resolve("../web-jsf/src/main/webapp")
            .normalize();

    /** Facelets under the webapp that are no page a browser opens, each with the reason. */
    private static final Map<String, String> NOT_PAGES = Map.of();

    private static final List<String> PUBLIC_PAGES = List.of(
            LoginPage.PATH,
            EnrollPage.PATH,
            VerifyContactPage.PATH + "?token=unknown",
            SetPasswordPage.PATH + "?token=unknown",
            CustomerInvitationPage.PATH + "?token=unknown",
            ErrorPage.BAD_REQUEST_PATH,
            ErrorPage.UNSUPPORTED_UPLOAD_PATH,
            ErrorPage.ACCESS_DENIED_PATH,
            ErrorPage.NOT_FOUND_PATH,
            ErrorPage.FAILURE_PATH,
            ErrorPage.EXPIRED_PATH);
    private static final List<String> RESELLER_PAGES = List.of(
            DashboardPage.PATH,
            UsersPage.PATH,
            ProfilePage.PATH,
            OrganizationProfilePage.PATH,
            EnrollmentStatusPage.PATH,
            ErrorPage.UNKNOWN_PATH,
            AuditLogPage.STAFF_PATH,
            FindProviderPage.PATH,
            ProvidersPage.PATH,
            AuthorizeProviderPage.PATH + "?token=unknown",
            SharedCustomersPage.of(-1),
            CustomersPage.PATH,
            CustomerPage.of(-1),
            InvitationsPage.PATH,
            InviteCustomersPage.withProvider(-1),
            AuditLogPage.ACCOUNT_PATH,
            OrdersPage.PATH,
            PricesPage.PATH,
            ReceivedInvoicesPage.PATH,
            StatementsPage.PATH,
            MarginsPage.PATH,
            CreditPage.PATH,
            InviteCustomersPage.PATH);
    private static final List<String> PROVIDER_PAGES = List.of(
            DashboardPage.PATH,
            ResellersPage.PATH,
            CustomersPage.PATH,
            OrderPage.of(-1),
            OrdersPage.PATH,
            PriceBooksPage.PATH,
            ProviderInvoicesPage.PATH,
            CreditLimitsPage.PATH,
            InviteResellerPage.PATH);
    private static final List<String> CUSTOMER_ADMIN_PAGES =
            List.of(DashboardPage.PATH, AuditLogPage.ACCOUNT_PATH, OwnStatementsPage.PATH, CustomerPartnersPage.PATH);
    private static final List<String> STAFF_PAGES = List.of(
            DashboardPage.PATH,
            EnrollmentsPage.PATH,
            EnrollmentReviewPage.of("-1"),
            AuditLogPage.STAFF_PATH,
            RegistryPage.PATH,
            OutboxPage.PATH,
            ProviderListingsPage.PATH,
            OffersPage.PATH);

    @RegisterExtension
    final Browsers browsers = new Browsers();

    /** The pages visited in this test's language, by path without the query. */
    private final Set<String> visited = new TreeSet<>();

    /** The bundle's keys, to find one shown raw. */
    private static final Set<String> KEYS = bundleKeys();

    /** A dotted word such as {@code invite.recipient}: a raw key when the bundle has it. */
    private static final Pattern DOTTED = Pattern.compile("[A-Za-z][\\w-]*(\\.[A-Za-z][\\w-]*)+");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

    private void assertComplete(PortalPage portal, String page, String language) {
        portal.open(page);
        portal.waitForScripts();
        String source = portal.driver().getPageSource();
        assertFalse(source.contains("???"), () -> page + " in " + language + " misses a text");
        assertTextsRead(portal, page + " in " + language);
        assertEquals(language, new Shell(portal).language(), page);
        assertTrue(portal.revealsNothingInternal(), page);
        visited.add(page.replaceFirst("\\?.*", ""));
    }

    /**
     * Issue 16, defect 6: what the page shows (its text, title, placeholders, tooltips and labels for screen
     * readers) has no doubled apostrophe, no {@code {0}}-style placeholder and no bundle key in place of its text.
     */
    static void assertTextsRead(PortalPage portal, String where) {
        String shown = (String) ((JavascriptExecutor) portal.driver())
                .executeScript("var texts = [document.title, document.body.innerText];"
                        + "document.querySelectorAll('[placeholder],[title],[aria-label],input[type=submit]')"
                        + ".forEach(function (e) { texts.push(e.getAttribute('placeholder') || '',"
                        + " e.getAttribute('title') || '', e.getAttribute('aria-label') || '', e.value || ''); });"
                        + "return texts.join('\\n');");
        assertFalse(shown.contains("''"), () -> where + " shows a doubled apostrophe: " + around(shown, "''"));
        Matcher placeholder = PLACEHOLDER.matcher(shown);
        assertFalse(placeholder.find(), () -> where + " shows a placeholder: " + around(shown, placeholder.group()));
        Matcher dotted = DOTTED.matcher(shown);
        while (dotted.find()) {
            String word = dotted.group();
            assertFalse(KEYS.contains(word), () -> where + " shows the key " + word + " instead of its text");
        }
    }

    private static String around(String text, String found) {
        int at = Math.max(0, text.indexOf(found) - 60);
        return text.substring(at, Math.min(text.length(), at + 140));
    }

    private static Set<String> bundleKeys() {
        Properties bundle = new Properties();
        Path file = WEBAPP.resolve("../resources/org/channelcenter/web/i18n/messages.properties")
                .normalize();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            bundle.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle.stringPropertyNames();
    }

    /** The webapp's pages: its facelets but the templates, includes and composite components. */
    private static Set<String> webappPages() {
        assertTrue(Files.isDirectory(WEBAPP), "the webapp's sources are at " + WEBAPP);
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> WEBAPP.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("WEB-INF/") && !page.startsWith("resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyPageIsVisitedOrDeclaredNoPage() {
        Set<String> pages = webappPages();
        Set<String> listed = new TreeSet<>();
        Stream.of(PUBLIC_PAGES, RESELLER_PAGES, PROVIDER_PAGES, CUSTOMER_ADMIN_PAGES, STAFF_PAGES)
                .flatMap(List::stream)
                .map(page -> page.replaceFirst("\\?.*", ""))
                .forEach(listed::add);
        Set<String> forgotten = pages.stream()
                .filter(page -> !listed.contains(page) && !NOT_PAGES.containsKey(page))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(
                forgotten.isEmpty(), "pages neither visited in the three languages nor declared no page: " + forgotten);
        Set<String> stale = NOT_PAGES.keySet().stream()
                .filter(page -> !pages.contains(page))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(stale.isEmpty(), "declared no page, but no such facelet: " + stale);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "ru"})
    void everyPageHasAllItsTexts(String language) {
        PortalPage portal = new PortalPage(browsers.open(language));
        PUBLIC_PAGES.forEach(page -> assertComplete(portal, page, language));
        EnrollPage.open(portal).toNewDirectory();
        assertFalse(portal.driver().getPageSource().contains("???"), "wizard directory step in " + language);

        // a reseller, a provider, a customer they share and an order (two subscriptions, one suspended), so that the
        // Orders page, the order history and the subscription actions with their dialog have rows to show
        SampleNetwork network = SampleNetwork.withHelpdeskUsers(0, 1, 0);
        Fixtures.Created reseller = network.reseller();
        Fixtures.Created provider = network.provider();
        Fixtures.Created shared = network.customer();
        Ordering.place(
                provider.login(),
                shared.organizationId(),
                reseller.organizationId(),
                Ordering.offer(1, 50, true) + ":4," + Ordering.offer(1, 50, true) + ":2");
        String[] suspended = Ordering.as(
                        provider.login(), "subscriptions", "customer", Long.toString(shared.organizationId()))
                .value("rows")
                .split(",")[0]
                .split("\\|");
        Ordering.as(provider.login(), "suspend", "id", suspended[0], "version", suspended[3]);
        String sharedRecord = CustomerPage.of(shared.organizationId(), CustomerPage.Section.ORDERS);

        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        assertComplete(portal, sharedRecord, language);
        assertEquals(
                2,
                CustomerPage.shown(portal).orderHistory().linesOfFirst(),
                "the order history shows the order's lines in " + language);
        for (CustomerPage.Section section : CustomerPage.Section.values()) {
            assertComplete(portal, CustomerPage.of(shared.organizationId(), section), language);
            portal.evidence("customer-page-" + section.param() + "-" + language);
        }
        RESELLER_PAGES.forEach(page -> assertComplete(portal, page, language));
        // the last page is Request a reseller relationship: its draft, and the customer's page its link opens
        if ("en".equals(language)) {
            assertTrue(
                    portal.driver().getPageSource().contains("Customer's email address"),
                    "the customer's address is labelled so, with its apostrophe");
        }
        DraftEmail customerDraft = InviteCustomersPage.shown(portal)
                .recipient("customer@example.com")
                .nextToDraft();
        assertTextsRead(portal, "the customer draft email panel in " + language);
        assertFalse(portal.driver().getPageSource().contains("???"), "the customer draft email panel in " + language);
        String customerLink = Fixtures.linkIn(customerDraft.body());
        assertComplete(portal, CustomerInvitationPage.pathOf(customerLink), language);
        assertTrue(CustomerInvitationPage.shown(portal).hasAcceptanceForm(), "the acceptance form in " + language);
        portal.signOut();

        portal.signIn(provider.login(), Fixtures.PASSWORD);
        assertComplete(portal, OrdersPage.PATH, language);
        assertEquals(
                1, OrdersPage.shown(portal).orders().customerLinks(), "the Orders page lists the order in " + language);
        assertComplete(portal, CustomerPage.of(shared.organizationId()), language);
        CustomerPage record = CustomerPage.shown(portal);
        assertEquals(1, record.record().reactivatable(), "the suspended subscription offers Reactivate in " + language);
        assertFalse(record.record().cancelFirstSubscription().cancelMeaning().isBlank());
        PROVIDER_PAGES.forEach(page -> assertComplete(portal, page, language));
        DraftEmail resellerDraft = InviteResellerPage.shown(portal)
                .recipient("someone@example.com")
                .nextToDraft();
        assertFalse(portal.driver().getPageSource().contains("???"), "the draft email panel in " + language);
        assertTextsRead(portal, "the draft email panel in " + language);
        assertTrue(resellerDraft.body().contains("token="));
        portal.signOut();

        // a customer's global admin, with one partner so that the Partners table shows a row
        Fixtures.Created customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        CustomerRelations.relationship(customer.organizationId(), reseller.organizationId(), reseller.organizationId());
        portal.signIn(customer.login(), Fixtures.PASSWORD);
        CUSTOMER_ADMIN_PAGES.forEach(page -> assertComplete(portal, page, language));
        assertTrue(CustomerPartnersPage.shown(portal).showsAStatus(), "the Partners table has its row in " + language);
        portal.signOut();

        // the reseller's record of that customer: its users (the customer's admin listed), licenses and dialogs
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        assertComplete(portal, CustomerPage.of(customer.organizationId(), CustomerPage.Section.USERS), language);
        CustomerPage customersRecord = CustomerPage.shown(portal);
        assertTrue(
                customersRecord.record().listsACustomerAdmin(),
                "the record's users table has the customer's admin in " + language);
        assertTrue(
                customersRecord.record().offersAddUser()
                        && customersRecord.record().showsLicenses(),
                "users and licenses in " + language);
        portal.signOut();

        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        portal.signIn(staff.login(), Fixtures.PASSWORD);
        STAFF_PAGES.forEach(page -> assertComplete(portal, page, language));

        Set<String> notVisited = webappPages().stream()
                .filter(page -> !visited.contains(page) && !NOT_PAGES.containsKey(page))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(notVisited.isEmpty(), "pages not visited in " + language + ": " + notVisited);
    }
}
