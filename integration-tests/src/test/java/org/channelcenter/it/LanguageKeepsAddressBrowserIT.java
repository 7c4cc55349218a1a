package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.pages.CustomerInvitationPage;
import org.channelcenter.it.pages.CustomerPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Issue 16, defect 5: choosing another language shows the same page again with the parameters of its address,
 * on a page with view parameters (a customer's page at a section) and on a token page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageKeepsAddressBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theCustomersPageStaysOnItsCustomerAndSection() {
        SampleNetwork network = SampleNetwork.create();
        Created reseller = network.reseller();
        long customer = network.customer().organizationId();
        PortalPage portal = new PortalPage(browsers.open("en"));
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        CustomerPage.openReady(portal, customer, CustomerPage.Section.USERS);
        String name = CustomerPage.shown(portal).title();

        portal.chooseLanguage("Русский", "ru");

        String address = portal.driver().getCurrentUrl();
        assertTrue(
                address.endsWith(CustomerPage.of(customer, CustomerPage.Section.USERS)),
                "the address keeps its parameters: " + address);
        assertEquals(name, CustomerPage.shown(portal).title(), "the same customer is shown");
        assertTrue(CustomerPage.shown(portal).shows(CustomerPage.Section.USERS), "at the same section");
        assertTrue(portal.driver().findElements(By.id("customerRefused")).isEmpty(), "no refusal");
        portal.evidence("customer-page-after-language-change-ru");
    }

    @Test
    void aTokenPageKeepsItsToken() {
        Created reseller = Fixtures.organization("RESELLER", "SALES_AGENT", 0);
        String[] invitation = CustomerRelations.invitation(reseller.login(), null, 0);
        PortalPage portal = new PortalPage(browsers.open("en"));
        String link = CustomerInvitationPage.PATH + "?token=" + invitation[1];
        CustomerInvitationPage.follow(portal, Fixtures.baseUrl() + link);

        portal.chooseLanguage("Português (Brasil)", "pt-BR");

        String address = portal.driver().getCurrentUrl();
        assertTrue(address.endsWith(link), "the address keeps its token: " + address);
        CustomerInvitationPage page = CustomerInvitationPage.shown(portal);
        assertTrue(page.whoAsks().contains("Browser Test RESELLER"), page.whoAsks());
        assertTrue(page.hasAcceptanceForm(), "the invitation can still be accepted");
    }
}
