package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.channelcenter.it.pages.CreditLimitsPage;
import org.channelcenter.it.pages.CreditPage;
import org.channelcenter.it.pages.CustomerPage;
import org.channelcenter.it.pages.CustomerPartnersPage;
import org.channelcenter.it.pages.CustomersPage;
import org.channelcenter.it.pages.InvitationsPage;
import org.channelcenter.it.pages.InviteCustomersPage;
import org.channelcenter.it.pages.InviteResellerPage;
import org.channelcenter.it.pages.MarginsPage;
import org.channelcenter.it.pages.OrderPage;
import org.channelcenter.it.pages.OrdersPage;
import org.channelcenter.it.pages.OwnStatementsPage;
import org.channelcenter.it.pages.PriceBooksPage;
import org.channelcenter.it.pages.PricesPage;
import org.channelcenter.it.pages.ProviderInvoicesPage;
import org.channelcenter.it.pages.ProvidersPage;
import org.channelcenter.it.pages.ReceivedInvoicesPage;
import org.channelcenter.it.pages.ResellersPage;
import org.channelcenter.it.pages.StatementsPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Licensing;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SampleNetwork;
import org.channelcenter.it.support.Statementing;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 16, stable ids: on the pages of the everyday flows, nothing a test touches (a form, an input, a button, a
 * link, a select, a table row, a menu's option) has a generated {@code j_id} id; every table row of a record
 * carries the record's id ({@code data-record-id}, id {@code <table>:record-<id>}), a row's expand arrow too, every
 * rows-per-page menu has the id {@code <table>_rppDD}, and every select menu's option the value it stands for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StableIdsBrowserIT {

    /** Tables whose rows are no record: Place order's lines are the form's own, before anything is stored. */
    private static final List<String> NOT_RECORD_TABLES = List.of("orderForm:lines");

    /** The problems on the page shown now, as "what: where". */
    private static final String CHECK = "var problems = [], notRecords = arguments[0];"
            + "document.querySelectorAll('form[id], input[id]:not([type=hidden]), button[id], a[id], select[id],"
            + " textarea[id], tr[id], li[id]').forEach(function (e) {"
            + "  if (/(^|:)j_id/.test(e.id)) { problems.push('generated id: ' + e.tagName + ' ' + e.id); } });"
            + "document.querySelectorAll('.ui-datatable').forEach(function (table) {"
            + "  if (!table.id || notRecords.indexOf(table.id) >= 0) { return; }"
            + "  table.querySelectorAll('tbody > tr[data-ri]').forEach(function (row) {"
            + "    if (row.closest('.ui-datatable') !== table) { return; }"
            + "    if (!row.getAttribute('data-record-id') || row.id !== table.id + ':record-'"
            + "        + row.getAttribute('data-record-id')) { problems.push('row without its record: ' + table.id"
            + "        + ' row ' + row.getAttribute('data-ri')); }"
            + "    var toggler = row.querySelector('.ui-row-toggler');"
            + "    if (toggler && toggler.id !== table.id + ':expand-' + row.getAttribute('data-record-id')) {"
            + "      problems.push('expand arrow without its record: ' + table.id); } }); });"
            + "document.querySelectorAll('select.ui-paginator-rpp-options').forEach(function (s) {"
            + "  if (!/_rppDD$/.test(s.id)) { problems.push('rows-per-page menu: ' + s.id); } });"
            + "document.querySelectorAll('.ui-selectonemenu-item').forEach(function (item) {"
            + "  if (!item.hasAttribute('data-value')) { problems.push('option without its value: '"
            + "    + (item.closest('[id]') || {}).id + ' ' + item.getAttribute('data-label')); } });"
            + "return problems;";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theFlowsPagesHaveNoGeneratedIdsAndRowsAndOptionsCarryTheirRecords() {
        SampleNetwork network = SampleNetwork.create();
        Created provider = network.provider();
        Created reseller = network.reseller();
        Created customer = network.customer();
        long offer = Ordering.offer(1, 50, true);
        Ordering.place(provider.login(), customer.organizationId(), reseller.organizationId(), offer + ":2");
        String lastMonth =
                java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(1).toString();
        Statementing.statement(
                provider.organizationId(),
                reseller.organizationId(),
                customer.organizationId(),
                offer,
                lastMonth,
                "25.00:20.00");
        Statementing.invoice(
                provider.organizationId(),
                reseller.organizationId(),
                customer.organizationId(),
                offer,
                lastMonth,
                "ISSUED",
                "20.00");
        Licensing.addUser(reseller.login(), customer.organizationId(), "ada");
        CustomerRelations.invitation(reseller.login(), null, 0);
        List<String> problems = new ArrayList<>();

        PortalPage portal = new PortalPage(browsers.open("en"));
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        check(portal, CustomersPage.PATH, problems);
        CustomersPage.open(portal).table().expand(customer.organizationId());
        problems.addAll(problems(portal, "customers, a row expanded"));
        for (CustomerPage.Section section : CustomerPage.Section.values()) {
            check(portal, CustomerPage.of(customer.organizationId(), section), problems);
        }
        check(portal, InvitationsPage.PATH, problems);
        check(portal, InviteCustomersPage.PATH, problems);
        check(portal, ProvidersPage.PATH, problems);
        check(portal, OrdersPage.PATH, problems);
        check(portal, PricesPage.PATH, problems);
        check(portal, ReceivedInvoicesPage.PATH, problems);
        check(portal, StatementsPage.PATH, problems);
        check(portal, MarginsPage.PATH, problems);
        check(portal, CreditPage.PATH, problems);
        portal.signOut();

        portal.signIn(provider.login(), Fixtures.PASSWORD);
        check(portal, ResellersPage.PATH, problems);
        check(portal, InviteResellerPage.PATH, problems);
        check(portal, PriceBooksPage.PATH, problems);
        check(portal, ProviderInvoicesPage.PATH, problems);
        check(portal, CreditLimitsPage.PATH, problems);
        check(portal, OrderPage.of(customer.organizationId()), problems);
        assertTrue(
                !portal.driver()
                        .findElements(By.cssSelector(".cc-offer-option[data-offer-id='" + offer + "']"))
                        .isEmpty(),
                "the offer chooser's option carries the offer's id");
        portal.signOut();

        Created admin = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        CustomerRelations.relationship(admin.organizationId(), reseller.organizationId(), reseller.organizationId());
        portal.signIn(admin.login(), Fixtures.PASSWORD);
        check(portal, CustomerPartnersPage.PATH, problems);
        Statementing.statement(
                provider.organizationId(),
                reseller.organizationId(),
                admin.organizationId(),
                offer,
                lastMonth,
                "25.00:20.00");
        check(portal, OwnStatementsPage.PATH, problems);

        assertEquals(List.of(), problems);
    }

    private static void check(PortalPage portal, String page, List<String> problems) {
        portal.open(page);
        portal.waitForScripts();
        problems.addAll(problems(portal, page));
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(PortalPage portal, String page) {
        List<String> found =
                (List<String>) ((JavascriptExecutor) portal.driver()).executeScript(CHECK, NOT_RECORD_TABLES);
        return found.stream().map(problem -> page + ": " + problem).toList();
    }
}
