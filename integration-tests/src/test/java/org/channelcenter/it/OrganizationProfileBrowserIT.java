package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.OrganizationProfilePage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Account settings › Organization profile (SPEC §10, issue 16): an admin finds it in the menu, edits the legal and
 * support details, is told at the field what is wrong in their language, saves, and the change is audited; a user
 * who is no admin reads the details and cannot change them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganizationProfileBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @ParameterizedTest
    @CsvSource({"en,Enter a valid email address", "pt-BR,endereço de email", "ru,адрес"})
    void anAdminEditsTheDetailsBadInputIsToldAtTheFieldAndTheChangeIsAudited(String language, String emailHint) {
        SampleNetwork network = SampleNetwork.create();
        PortalPage portal = new PortalPage(browsers.open(language));
        portal.signIn(network.provider().login(), Fixtures.PASSWORD);
        DashboardPage.open(portal);
        portal.waitForScripts();
        OrganizationProfilePage profile = OrganizationProfilePage.fromMenu(portal);
        assertTrue(profile.editable());

        String legalName = "Contoso Legal " + System.nanoTime();
        profile.set("legalName", legalName)
                .set("addressLine1", "1 Main Street")
                .set("city", "Springfield")
                .set("postalCode", "12345")
                .set("contactFirstName", "Ada")
                .set("contactLastName", "Lovelace")
                .set("contactEmail", "ada@example.com")
                .set("supportEmail", "not an address")
                .save();
        String error = profile.errorAt("supportEmail");
        assertFalse(error.isBlank(), "the bad address is refused at its field");
        assertTrue(error.toLowerCase().contains(emailHint.toLowerCase()), error);
        profile.evidence("organization-profile-error-" + language);
        assertEquals(
                0,
                CustomerRelations.auditEvents(
                        "ORGANIZATION_DETAILS_CHANGED",
                        "organization " + network.provider().organizationId()));

        profile.set("supportEmail", "support@example.com")
                .set("supportWebsite", "https://support.example.com")
                .save();
        assertEquals("", profile.errorAt("supportEmail"));
        assertTrue(profile.notice().length() > 0);
        assertEquals(
                1,
                CustomerRelations.auditEvents(
                        "ORGANIZATION_DETAILS_CHANGED",
                        "organization " + network.provider().organizationId()));
        profile.evidence("organization-profile-" + language);

        OrganizationProfilePage again = OrganizationProfilePage.open(portal);
        assertEquals(legalName, again.field("legalName"));
        assertEquals("support@example.com", again.field("supportEmail"));
    }

    @Test
    void aUserWhoIsNoAdminReadsTheDetailsAndCannotChangeThem() {
        SampleNetwork network = SampleNetwork.withHelpdeskUsers(1, 0, 0);
        PortalPage portal = new PortalPage(browsers.open("en"));
        portal.signIn(SampleNetwork.helpdeskUser(network.provider(), 1), Fixtures.PASSWORD);
        DashboardPage.open(portal);
        portal.waitForScripts();
        assertFalse(OrganizationProfilePage.inMenu(portal), "Account settings are an admin's");
        OrganizationProfilePage profile = OrganizationProfilePage.open(portal);
        assertTrue(profile.readOnly());
        assertFalse(profile.editable());
        assertFalse(profile.shown("legalNameValue").isBlank());
        profile.evidence("organization-profile-read-only");
    }
}
