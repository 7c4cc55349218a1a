package org.channelcenter.membership.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationProfileTest {

    private final MembershipAccount account =
            new MembershipAccount("member", "hash", Instant.parse("2026-01-01T00:00:00Z"));

    @ParameterizedTest
    @ValueSource(strings = {"123456", "1234567890"})
    void networkIdOfSixToTenDigitsIsAccepted(String networkId) {
        OrganizationProfile profile = new OrganizationProfile(account, networkId, " Contoso Ltd ", "gb");

        assertEquals(networkId, profile.getNetworkId());
        assertEquals("Contoso Ltd", profile.getLegalName());
        assertEquals("GB", profile.getCountryCode());
        assertEquals(ProfileStatus.ACTIVE, profile.getStatus());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "12345", "12345678901", "12345a", " 123456", "123-456"})
    void otherNetworkIdsAreRefused(String networkId) {
        assertThrows(
                IllegalArgumentException.class, () -> new OrganizationProfile(account, networkId, "Contoso Ltd", "GB"));
    }

    @Test
    void deactivatedProfileIsInactive() {
        OrganizationProfile profile = new OrganizationProfile(account, "123456", "Contoso Ltd", "GB");

        profile.deactivate();

        assertEquals(ProfileStatus.INACTIVE, profile.getStatus());
    }

    @Test
    void renameAndMoveKeepTheirRules() {
        OrganizationProfile profile = new OrganizationProfile(account, "123456", "Contoso Ltd", "GB");

        profile.rename("  Contoso Group plc ");
        profile.moveTo("ie");

        assertEquals("Contoso Group plc", profile.getLegalName());
        assertEquals("IE", profile.getCountryCode());
        assertThrows(IllegalArgumentException.class, () -> profile.rename(" "));
        assertThrows(IllegalArgumentException.class, () -> profile.rename("x".repeat(201)));
        assertThrows(IllegalArgumentException.class, () -> profile.moveTo("XX"));
        assertThrows(IllegalArgumentException.class, () -> profile.moveTo(null));
        assertEquals("Contoso Group plc", profile.getLegalName());
        assertEquals("IE", profile.getCountryCode());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "G", "GBR", "ZZ", "1A"})
    void aNewProfileNeedsAnIsoCountryCode(String countryCode) {
        assertThrows(
                IllegalArgumentException.class,
                () -> new OrganizationProfile(account, "123456", "Contoso Ltd", countryCode));
    }

    @Test
    void aProfileCanBeActivatedAgainAndIsNotLinkedWhenNew() {
        OrganizationProfile profile = new OrganizationProfile(account, "123456", "Contoso Ltd", "GB");
        profile.changeStatus(ProfileStatus.INACTIVE);
        assertEquals(false, profile.isActive());

        profile.activate();

        assertEquals(true, profile.isActive());
        assertEquals(false, profile.isLinked());
    }

    @Test
    void networkIdsAreAsciiDigitsOnly() {
        assertEquals(false, OrganizationProfile.isValidNetworkId("١٢٣٤٥٦"));
    }
}
