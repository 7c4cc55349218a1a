package org.channelcenter.enrollment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason;
import org.channelcenter.membership.entity.MembershipAccount;
import org.channelcenter.membership.entity.OrganizationProfile;
import org.junit.jupiter.api.Test;

class ProfileEligibilityTest {

    private static OrganizationProfile profile(String country) {
        return new OrganizationProfile(
                new MembershipAccount("mpn", "hash", Instant.EPOCH), "7654321", "Litware", country);
    }

    @Test
    void anActiveUnlinkedProfileInTheSameCountryCanBeChosen() {
        assertEquals(Optional.empty(), ProfileEligibility.whyNot(profile("US"), "us"));
    }

    @Test
    void anotherCountryIsRefused() {
        assertEquals(Optional.of(Reason.PROFILE_OTHER_COUNTRY), ProfileEligibility.whyNot(profile("DE"), "US"));
    }

    @Test
    void anInactiveProfileIsRefusedFirst() {
        OrganizationProfile inactive = profile("DE");
        inactive.deactivate();
        assertEquals(Optional.of(Reason.PROFILE_INACTIVE), ProfileEligibility.whyNot(inactive, "US"));
    }

    @Test
    void aLinkedNetworkIdIsRefused() {
        OrganizationProfile linked = profile("US");
        linked.linkTo(42L);
        assertEquals(Optional.of(Reason.PROFILE_ALREADY_LINKED), ProfileEligibility.whyNot(linked, "US"));
    }
}
