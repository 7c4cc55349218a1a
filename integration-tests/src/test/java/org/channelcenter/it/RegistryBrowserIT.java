package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.channelcenter.it.pages.ErrorPage;
import org.channelcenter.it.pages.RegistryPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * Staff keep the partner-network registry through its page: create an account with its first profile
 * (bad and duplicate input answered at the field), edit and deactivate the profile, import a CSV whose bad
 * row is reported while the good rows appear in the list. Other users get the 403 page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@org.junit.jupiter.api.Tag("qa") // runs against a distributor's own server too: see QaSignIns
class RegistryBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebDriver browser;
    private PortalPage portal;

    private static String networkId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    private static String userName(String what) {
        return "ui-" + what + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private RegistryPage signInAsStaff() {
        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        browser = browsers.open("en");
        portal = new PortalPage(browser);
        portal.signIn(staff.login(), Fixtures.PASSWORD);
        return RegistryPage.fromMenu(portal);
    }

    @Test
    void staffCreateEditDeactivateAndImport() throws IOException {
        RegistryPage registry = signInAsStaff();
        String member = userName("member");
        String networkId = networkId();

        registry.newAccount()
                .userName(member)
                .password("Member#2026")
                .networkId("12ab")
                .legalName("Browser Member Ltd")
                .country("Brazil");
        assertEquals("A partner network ID has 6 to 10 digits.", registry.saveRefusedAt("networkId"));

        registry.password("Member#2026").networkId(networkId);
        registry.saveAndAwaitClosed();
        String row = registry.listFilteredBy(networkId, "Browser Member Ltd");
        assertTrue(row.contains(member) && row.contains("Brazil") && row.contains("Active"), row);

        registry.newAccount()
                .userName(userName("copycat"))
                .password("Copycat#2026")
                .networkId(networkId)
                .legalName("Copycat Ltd")
                .country("Brazil");
        assertEquals("This partner network ID is already registered.", registry.saveRefusedAt("networkId"));
        registry.cancel();

        registry.edit(networkId).legalName("Browser Member Holding S.A.").country("Portugal");
        registry.saveAndAwaitClosed();
        row = registry.listFilteredBy(networkId, "Browser Member Holding S.A.");
        assertTrue(row.contains("Portugal"), row);

        // Deactivate asks first, naming the profile; No changes nothing (issue 16)
        String question = registry.askDeactivate(networkId);
        assertTrue(question.contains(networkId), question);
        registry.answerNo();
        assertTrue(registry.offersDeactivate(networkId), "still active");
        registry.deactivate(networkId);
        registry.awaitStatus(networkId, "Inactive");
        assertTrue(!registry.offersDeactivate(networkId), "an inactive profile offers no deactivation");

        String imported = userName("imported");
        String good1 = networkId();
        String good2 = networkId();
        Path csv = Files.createTempFile("registry-import", ".csv");
        Files.writeString(
                csv,
                "userName,password,networkId,legalName,countryCode,status\n"
                        + imported + ",Import#2026," + good1 + ",Imported One Ltd,US,ACTIVE\n"
                        + imported + ",," + networkId + ",Duplicate Ltd,US,ACTIVE\n"
                        + imported + ",," + good2 + ",\"Imported Two, Inc.\",CA,INACTIVE\n",
                StandardCharsets.UTF_8);
        String summary = registry.importCsv(csv);

        assertEquals("Rows read: 3. Profiles imported: 2 (new accounts: 1). Rows not imported: 1.", summary);
        assertEquals("3", registry.firstImportErrorRow());
        assertEquals("This partner network ID is already registered.", registry.firstImportErrorReason());
        String list = registry.listFilteredBy(imported, "Imported Two, Inc.");
        assertTrue(list.contains(good1) && list.contains(good2) && list.contains("Imported One Ltd"), list);
        assertTrue(!list.contains("Duplicate Ltd"), list);
        assertTrue(portal.revealsNothingInternal());
        Files.deleteIfExists(csv);
    }

    @Test
    void aResellerOpeningTheRegistryGetsThe403Page() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        browser = browsers.open("en");
        portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);

        assertTrue(!RegistryPage.inMenu(portal), "no menu entry for a reseller");
        RegistryPage refused = RegistryPage.openNow(portal);

        assertEquals("Access denied", new ErrorPage(portal).title());
        assertTrue(!refused.hasProfiles());
        assertTrue(portal.revealsNothingInternal());
    }
}
