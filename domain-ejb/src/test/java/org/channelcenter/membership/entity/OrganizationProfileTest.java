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
        assertThrows(IllegalArgumentException.class,
                () -> new OrganizationProfile(account, networkId, "Contoso Ltd", "GB"));
    }

    @Test
    void deactivatedProfileIsInactive() {
        OrganizationProfile profile = new OrganizationProfile(account, "123456", "Contoso Ltd", "GB");

        profile.deactivate();

        assertEquals(ProfileStatus.INACTIVE, profile.getStatus());
    }
}
