package org.channelcenter.partnership.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.OrganizationBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderListingTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

    private final Organization provider =
            OrganizationBuilder.provider().named("Northwind").build("channel.test", CREATED);

    private ProviderListing listing() {
        return new ProviderListing(
                provider,
                " Northwind Distribution ",
                List.of("us", "BR", " de "),
                EnumSet.of(ProviderService.CUSTOMER_SUPPORT, ProviderService.FINANCING_AND_CREDIT),
                " https://northwind.example ",
                "partners@northwind.example",
                CREATED);
    }

    @Test
    void aNewListingIsPublishedWithItsCountriesNormalizedAndSorted() {
        ProviderListing listing = listing();

        assertEquals("Northwind Distribution", listing.getDisplayName());
        assertEquals(List.of("BR", "DE", "US"), listing.getCountryCodes());
        assertEquals(
                EnumSet.of(ProviderService.CUSTOMER_SUPPORT, ProviderService.FINANCING_AND_CREDIT), listing.services());
        assertTrue(listing.offers(ProviderService.FINANCING_AND_CREDIT));
        assertFalse(listing.offers(ProviderService.MARKETING_HELP));
        assertEquals("https://northwind.example", listing.getWebsite());
        assertTrue(listing.isPublished());
        assertEquals(CREATED, listing.getCreatedAt());
        assertEquals(CREATED, listing.getUpdatedAt());
    }

    @Test
    void onlyAnIndirectProviderIsListed() {
        Organization reseller = OrganizationBuilder.reseller().build("channel.test", CREATED);

        assertThrows(
                IllegalArgumentException.class,
                () -> new ProviderListing(
                        reseller, "Contoso", List.of("US"), Set.of(), null, "a@contoso.example", CREATED));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aListingServesAtLeastOneCountry(List<String> countries) {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ProviderListing(
                        provider, "Northwind", countries, Set.of(), null, "a@northwind.example", CREATED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "USA", "1", ""})
    void unknownCountryCodesAreRefused(String code) {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ProviderListing(
                        provider, "Northwind", List.of("US", code), Set.of(), null, "a@northwind.example", CREATED));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "northwind.example",
                "ftp://northwind.example",
                "javascript:alert(1)",
                "https://has space.example"
            })
    void aWebsiteIsAnHttpAddress(String website) {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ProviderListing(
                        provider, "Northwind", List.of("US"), Set.of(), website, "a@northwind.example", CREATED));
    }

    @Test
    void nameAndContactEmailAreRequired() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ProviderListing(
                        provider, " ", List.of("US"), Set.of(), null, "a@northwind.example", CREATED));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ProviderListing(
                        provider, "Northwind", List.of("US"), Set.of(), null, "not an email", CREATED));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ProviderListing(
                        provider, "x".repeat(201), List.of("US"), Set.of(), null, "a@northwind.example", CREATED));
    }

    @Test
    void revisingChangesEverythingAndTheTimestampOnlyWhenSomethingDiffers() {
        ProviderListing listing = listing();

        assertFalse(listing.revise(
                "Northwind Distribution",
                List.of("DE", "US", "BR"),
                EnumSet.of(ProviderService.FINANCING_AND_CREDIT, ProviderService.CUSTOMER_SUPPORT),
                "https://northwind.example",
                "partners@northwind.example",
                LATER));
        assertEquals(CREATED, listing.getUpdatedAt());

        assertTrue(listing.revise(
                "Northwind EU",
                List.of("FR"),
                Set.of(ProviderService.MARKETING_HELP),
                "",
                "eu@northwind.example",
                LATER));
        assertEquals("Northwind EU", listing.getDisplayName());
        assertEquals(List.of("FR"), listing.getCountryCodes());
        assertEquals(EnumSet.of(ProviderService.MARKETING_HELP), listing.services());
        assertNull(listing.getWebsite());
        assertEquals("eu@northwind.example", listing.getContactEmail());
        assertEquals(LATER, listing.getUpdatedAt());
    }

    @Test
    void aRefusedRevisionChangesNothing() {
        ProviderListing listing = listing();

        assertThrows(
                IllegalArgumentException.class,
                () -> listing.revise("Other", List.of("ZZ"), Set.of(), null, "a@northwind.example", LATER));

        assertEquals("Northwind Distribution", listing.getDisplayName());
        assertEquals(List.of("BR", "DE", "US"), listing.getCountryCodes());
    }

    @Test
    void unpublishingAndPublishingAnswerWhetherTheyChangedSomething() {
        ProviderListing listing = listing();

        assertFalse(listing.publish(LATER));
        assertTrue(listing.unpublish(LATER));
        assertFalse(listing.isPublished());
        assertEquals(LATER, listing.getUpdatedAt());
        assertFalse(listing.unpublish(LATER));
        assertTrue(listing.publish(LATER));
        assertTrue(listing.isPublished());
    }

    @Test
    void servicesMapToTheirColumns() {
        assertEquals(EnumSet.allOf(ProviderService.class), ProviderService.setOf(true, true, true, true));
        assertEquals(
                EnumSet.of(ProviderService.TECHNICAL_ASSISTANCE), ProviderService.setOf(false, true, false, false));
        assertTrue(ProviderService.setOf(false, false, false, false).isEmpty());
    }
}
