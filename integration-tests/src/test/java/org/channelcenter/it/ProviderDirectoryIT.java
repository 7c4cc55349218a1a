package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.channelcenter.it.support.Fixtures;
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

    private static Properties call(SignedInClient client, String op, String... pairs) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("op", op);
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return client.post(PROBE, parameters);
    }

    private static Properties find(
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

        Properties all = find(reseller, token, "", "", 0, 4);
        assertEquals("6", all.getProperty("count"), "G is unpublished and H's provider inactive");
        assertEquals(names(token, "A", "B", "C", "D"), all.getProperty("names"));
        assertEquals("BR PT|BR PT|BR PT|BR", all.getProperty("countries"));
        assertEquals(
                "CUSTOMER_SUPPORT|CUSTOMER_SUPPORT FINANCING_AND_CREDIT||FINANCING_AND_CREDIT",
                all.getProperty("services"));
        assertEquals(names(token, "E", "F"), find(reseller, token, "", "", 4, 4).getProperty("names"));
        assertEquals(
                names(token, "A", "B"),
                find(reseller, token.toLowerCase(), "", "", 0, 2).getProperty("names"),
                "the name search ignores case");

        Properties brazil = find(reseller, token, "BR", "", 2, 2);
        assertEquals("5", brazil.getProperty("count"));
        assertEquals(names(token, "C", "D"), brazil.getProperty("names"));
        assertEquals(names(token, "E"), find(reseller, token, "BR", "", 4, 2).getProperty("names"));
        assertEquals("3", find(reseller, token, "pt", "", 0, 10).getProperty("count"), "codes in any case");

        Properties financing = find(reseller, token, "", "FINANCING_AND_CREDIT", 0, 10);
        assertEquals(names(token, "B", "D", "E"), financing.getProperty("names"));
        assertEquals("3", financing.getProperty("count"));
        assertEquals(
                names(token, "B"),
                find(reseller, token, "PT", "FINANCING_AND_CREDIT", 0, 10).getProperty("names"));
        Properties germanFinancing = find(reseller, token, "DE", "FINANCING_AND_CREDIT", 0, 10);
        assertEquals("0", germanFinancing.getProperty("count"));
        assertEquals("", germanFinancing.getProperty("names"));
        assertEquals(
                names(token, "F"),
                find(reseller, token, "DE", "MARKETING_HELP", 0, 10).getProperty("names"));
        assertEquals("0", find(reseller, token, "JP", "", 0, 10).getProperty("count"));

        Properties asStaff = find(signedIn("OPERATOR", "STAFF"), token, "DE", "", 0, 10);
        assertEquals(names(token, "F"), asStaff.getProperty("names"), "staff see what resellers see");
    }

    @Test
    @RunAsClient
    void staffKeepOneListingPerProviderOnTheVersionTheySawAndEveryChangeIsAudited() {
        String token = token();
        long provider = provider();
        SignedInClient staff = signedIn("OPERATOR", "STAFF");

        Properties created = call(
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
        assertEquals("ok", created.getProperty("result"));
        assertEquals("CA US", created.getProperty("countries"));
        assertEquals("true", created.getProperty("published"));
        String id = created.getProperty("id");
        String version = created.getProperty("version");

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
                        .getProperty("result"));
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
                        .getProperty("result"));
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
                        .getProperty("result"),
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
                        .getProperty("result"));

        Properties updated = call(
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
        assertEquals("ok", updated.getProperty("result"));
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
                        .getProperty("result"),
                "an edit made on the version seen before another edit is refused");
        assertEquals(
                "concurrent",
                call(staff, "unpublish", "listingId", id, "version", version).getProperty("result"));

        SignedInClient resellerUser = signedIn("RESELLER", "SALES_AGENT");
        assertEquals(
                token + " Renamed", find(resellerUser, token, "BR", "", 0, 10).getProperty("names"));
        assertEquals(
                "new@created.example",
                find(resellerUser, token, "BR", "", 0, 10).getProperty("emails"));

        Properties unpublished = call(staff, "unpublish", "listingId", id, "version", updated.getProperty("version"));
        assertEquals("ok", unpublished.getProperty("result"));
        assertEquals("false", unpublished.getProperty("published"));
        assertEquals("0", find(resellerUser, token, "", "", 0, 10).getProperty("count"), "unpublished: hidden");
        Properties staffList = call(staff, "listings", "name", token);
        assertEquals(token + " Renamed", staffList.getProperty("names"), "staff still see it");
        assertEquals("false", staffList.getProperty("published"));
        assertEquals(
                "ok",
                call(staff, "publish", "listingId", id, "version", unpublished.getProperty("version"))
                        .getProperty("result"));
        assertEquals("1", find(resellerUser, token, "", "", 0, 10).getProperty("count"));

        assertEquals(
                "PROVIDER_LISTING_CREATED,PROVIDER_LISTING_UPDATED,PROVIDER_LISTING_UNPUBLISHED,"
                        + "PROVIDER_LISTING_PUBLISHED",
                call(staff, "audit", "listingId", id).getProperty("actions"));
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
                            .getProperty("result"));
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
                            .getProperty("result"));
            assertEquals(
                    "refused",
                    call(notStaff, "unpublish", "listingId", Long.toString(listing), "version", "1")
                            .getProperty("result"));
            assertEquals("refused", call(notStaff, "listings", "name", token).getProperty("result"));
        }
        assertEquals("refused", find(providerAdmin, token, "", "", 0, 10).getProperty("result"));
        assertEquals("refused", find(customerAdmin, token, "", "", 0, 10).getProperty("result"));
        assertEquals("1", find(resellerAdmin, token, "", "", 0, 10).getProperty("count"));
        assertEquals(
                "ok",
                call(signedIn("OPERATOR", "STAFF"), "listings", "name", token).getProperty("result"));
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
