package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SignedInClient;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.partnership.boundary.ListingDetails;
import org.channelcenter.partnership.boundary.ProviderDirectory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider directory against the real database, called as real signed-in users (through a probe
 * servlet, since in-container test code runs anonymously): resellers find only published listings of active
 * providers, by name, country/region and service, page by page; staff keep listings (one per provider, on the
 * version they saw, audited); nobody else writes or finds. Each test makes its own providers, named with a
 * token of its own so that other data never matches.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderDirectoryIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PROBE = "it-probe/provider-directory";

    @EJB
    ProviderDirectory directory;

    private static String token() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return "Pd" + HexFormat.of().formatHex(bytes);
    }

    private static long provider() {
        return Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0).organizationId();
    }

    private static SignedInClient signedIn(String kind, String roles) {
        return SignedInClient.signIn(Fixtures.organization(kind, roles, 0).login(), Fixtures.PASSWORD);
    }

    private static ProbeAnswer call(SignedInClient client, String op, String... pairs) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("op", op);
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return client.post(PROBE, parameters);
    }

    private static ProbeAnswer find(
            SignedInClient client, String name, String country, String service, int first, int size) {
        return call(
                client,
                "find",
                "name",
                name,
                "country",
                country,
                "service",
                service,
                "first",
                Integer.toString(first),
                "size",
                Integer.toString(size));
    }

    @Test
    @RunAsClient
    void resellersFindPublishedListingsOfActiveProvidersByNameCountryAndServicePageByPage() {
        String token = token();
        Fixtures.listing(provider(), token + " A", "PT,BR", "CUSTOMER_SUPPORT");
        Fixtures.listing(provider(), token + " B", "BR,PT", "CUSTOMER_SUPPORT,FINANCING_AND_CREDIT");
        Fixtures.listing(provider(), token + " C", "pt,br", "");
        Fixtures.listing(provider(), token + " D", "BR", "FINANCING_AND_CREDIT");
        Fixtures.listing(
                provider(),
                token + " E",
                "BR",
                "CUSTOMER_SUPPORT,TECHNICAL_ASSISTANCE,MARKETING_HELP,FINANCING_AND_CREDIT");
        Fixtures.listing(provider(), token + " F", "DE", "MARKETING_HELP");
        Fixtures.listing(provider(), token + " G unpublished", "BR,DE", "FINANCING_AND_CREDIT", false, true);
        Fixtures.listing(provider(), token + " H inactive provider", "BR,DE", "FINANCING_AND_CREDIT", true, false);
        SignedInClient reseller = signedIn("RESELLER", "HELPDESK_AGENT");

        ProbeAnswer all = find(reseller, token, "", "", 0, 4);
        assertEquals("6", all.value("count"), "G is unpublished and H's provider inactive");
        assertEquals(names(token, "A", "B", "C", "D"), all.value("names"));
        assertEquals("BR PT|BR PT|BR PT|BR", all.value("countries"));
        assertEquals(
                "CUSTOMER_SUPPORT|CUSTOMER_SUPPORT FINANCING_AND_CREDIT||FINANCING_AND_CREDIT", all.value("services"));
        assertEquals(names(token, "E", "F"), find(reseller, token, "", "", 4, 4).value("names"));
        assertEquals(
                names(token, "A", "B"),
                find(reseller, token.toLowerCase(), "", "", 0, 2).value("names"),
                "the name search ignores case");

        ProbeAnswer brazil = find(reseller, token, "BR", "", 2, 2);
        assertEquals("5", brazil.value("count"));
        assertEquals(names(token, "C", "D"), brazil.value("names"));
        assertEquals(names(token, "E"), find(reseller, token, "BR", "", 4, 2).value("names"));
        assertEquals("3", find(reseller, token, "pt", "", 0, 10).value("count"), "codes in any case");

        ProbeAnswer financing = find(reseller, token, "", "FINANCING_AND_CREDIT", 0, 10);
        assertEquals(names(token, "B", "D", "E"), financing.value("names"));
        assertEquals("3", financing.value("count"));
        assertEquals(
                names(token, "B"),
                find(reseller, token, "PT", "FINANCING_AND_CREDIT", 0, 10).value("names"));
        ProbeAnswer germanFinancing = find(reseller, token, "DE", "FINANCING_AND_CREDIT", 0, 10);
        assertEquals("0", germanFinancing.value("count"));
        assertEquals("", germanFinancing.value("names"));
        assertEquals(
                names(token, "F"),
                find(reseller, token, "DE", "MARKETING_HELP", 0, 10).value("names"));
        assertEquals("0", find(reseller, token, "JP", "", 0, 10).value("count"));

        ProbeAnswer asStaff = find(signedIn("OPERATOR", "STAFF"), token, "DE", "", 0, 10);
        assertEquals(names(token, "F"), asStaff.value("names"), "staff see what resellers see");
    }

    @Test
    @RunAsClient
    void staffKeepOneListingPerProviderOnTheVersionTheySawAndEveryChangeIsAudited() {
        String token = token();
        long provider = provider();
        SignedInClient staff = signedIn("OPERATOR", "STAFF");

        ProbeAnswer created = call(
                staff,
                "create",
                "providerId",
                Long.toString(provider),
                "name",
                token + " Created",
                "countries",
                "us,CA",
                "services",
                "TECHNICAL_ASSISTANCE",
                "website",
                "https://created.example",
                "contactEmail",
                "partners@created.example");
        assertEquals("ok", created.outcome());
        assertEquals("CA US", created.value("countries"));
        assertEquals("true", created.value("published"));
        String id = created.value("id");
        String version = created.value("version");

        assertEquals(
                "ALREADY_LISTED",
                call(
                                staff,
                                "create",
                                "providerId",
                                Long.toString(provider),
                                "name",
                                "Again",
                                "countries",
                                "US",
                                "contactEmail",
                                "a@created.example")
                        .outcome());
        long reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0).organizationId();
        assertEquals(
                "NOT_A_PROVIDER",
                call(
                                staff,
                                "create",
                                "providerId",
                                Long.toString(reseller),
                                "name",
                                "Reseller",
                                "countries",
                                "US",
                                "contactEmail",
                                "a@reseller.example")
                        .outcome());
        assertEquals(
                "invalid",
                call(
                                staff,
                                "create",
                                "providerId",
                                Long.toString(provider()),
                                "name",
                                " ",
                                "countries",
                                "",
                                "contactEmail",
                                "not-an-email")
                        .outcome(),
                "Bean Validation on the boundary");
        assertEquals(
                "COUNTRY_UNKNOWN",
                call(
                                staff,
                                "create",
                                "providerId",
                                Long.toString(provider()),
                                "name",
                                "Unknown",
                                "countries",
                                "XX",
                                "contactEmail",
                                "a@unknown.example")
                        .outcome());

        ProbeAnswer updated = call(
                staff,
                "update",
                "listingId",
                id,
                "version",
                version,
                "name",
                token + " Renamed",
                "countries",
                "BR",
                "services",
                "",
                "website",
                "",
                "contactEmail",
                "new@created.example");
        assertEquals("ok", updated.outcome());
        assertEquals(
                "concurrent",
                call(
                                staff,
                                "update",
                                "listingId",
                                id,
                                "version",
                                version,
                                "name",
                                "Stale",
                                "countries",
                                "US",
                                "contactEmail",
                                "stale@created.example")
                        .outcome(),
                "an edit made on the version seen before another edit is refused");
        assertEquals(
                "concurrent",
                call(staff, "unpublish", "listingId", id, "version", version).outcome());

        SignedInClient resellerUser = signedIn("RESELLER", "SALES_AGENT");
        assertEquals(
                token + " Renamed", find(resellerUser, token, "BR", "", 0, 10).value("names"));
        assertEquals(
                "new@created.example",
                find(resellerUser, token, "BR", "", 0, 10).value("emails"));

        ProbeAnswer unpublished = call(staff, "unpublish", "listingId", id, "version", updated.value("version"));
        assertEquals("ok", unpublished.outcome());
        assertEquals("false", unpublished.value("published"));
        assertEquals("0", find(resellerUser, token, "", "", 0, 10).value("count"), "unpublished: hidden");
        ProbeAnswer staffList = call(staff, "listings", "name", token);
        assertEquals(token + " Renamed", staffList.value("names"), "staff still see it");
        assertEquals("false", staffList.value("published"));
        assertEquals(
                "ok",
                call(staff, "publish", "listingId", id, "version", unpublished.value("version"))
                        .outcome());
        assertEquals("1", find(resellerUser, token, "", "", 0, 10).value("count"));

        assertEquals(
                "PROVIDER_LISTING_CREATED,PROVIDER_LISTING_UPDATED,PROVIDER_LISTING_UNPUBLISHED,"
                        + "PROVIDER_LISTING_PUBLISHED",
                call(staff, "audit", "listingId", id).value("actions"));
    }

    @Test
    @RunAsClient
    void onlyStaffWriteAndOnlyResellersAndStaffFind() {
        String token = token();
        long provider = provider();
        long listing = Fixtures.listing(provider, token + " Listed", "US", "CUSTOMER_SUPPORT");
        SignedInClient resellerAdmin = signedIn("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT");
        SignedInClient providerAdmin = signedIn("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT");
        SignedInClient customerAdmin = signedIn("CUSTOMER", "GLOBAL_ADMIN");

        for (SignedInClient notStaff : new SignedInClient[] {resellerAdmin, providerAdmin, customerAdmin}) {
            assertEquals(
                    "refused",
                    call(
                                    notStaff,
                                    "create",
                                    "providerId",
                                    Long.toString(provider()),
                                    "name",
                                    "Mine",
                                    "countries",
                                    "US",
                                    "contactEmail",
                                    "a@mine.example")
                            .outcome());
            assertEquals(
                    "refused",
                    call(
                                    notStaff,
                                    "update",
                                    "listingId",
                                    Long.toString(listing),
                                    "version",
                                    "1",
                                    "name",
                                    "Mine",
                                    "countries",
                                    "US",
                                    "contactEmail",
                                    "a@mine.example")
                            .outcome());
            assertEquals(
                    "refused",
                    call(notStaff, "unpublish", "listingId", Long.toString(listing), "version", "1")
                            .outcome());
            assertEquals("refused", call(notStaff, "listings", "name", token).outcome());
        }
        assertEquals("refused", find(providerAdmin, token, "", "", 0, 10).outcome());
        assertEquals("refused", find(customerAdmin, token, "", "", 0, 10).outcome());
        assertEquals("1", find(resellerAdmin, token, "", "", 0, 10).value("count"));
        assertEquals(
                "ok",
                call(signedIn("OPERATOR", "STAFF"), "listings", "name", token).outcome());
    }

    @Test
    void anonymousCallersGetNothing() {
        assertThrows(EJBAccessException.class, () -> directory.find(PageRequest.of(0, 10), null, null));
        assertThrows(EJBAccessException.class, () -> directory.count(null, "US", null));
        assertThrows(EJBAccessException.class, () -> directory.findListings(PageRequest.of(0, 10)));
        assertThrows(EJBAccessException.class, () -> directory.unlistedProviders());
        assertThrows(EJBAccessException.class, () -> directory.create(1L, new ListingDetails()));
        assertEquals(false, directory.mayFind());
    }

    private static String names(String token, String... letters) {
        StringBuilder names = new StringBuilder();
        for (String letter : letters) {
            names.append(names.isEmpty() ? "" : "|").append(token).append(' ').append(letter);
        }
        return names.toString();
    }
}
