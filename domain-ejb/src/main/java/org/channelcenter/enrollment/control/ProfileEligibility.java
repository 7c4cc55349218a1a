package org.channelcenter.enrollment.control;

import java.util.Optional;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason;
import org.channelcenter.membership.entity.OrganizationProfile;

/**
 * Which organization profile can be linked to a directory (SPEC §3, the seeds' "Important" note): an
 * active profile, in the directory's country/region, whose network ID is not linked yet.
 */
public final class ProfileEligibility {

    private ProfileEligibility() {}

    /** Empty when the profile can be chosen; otherwise the reason it cannot. */
    public static Optional<Reason> whyNot(OrganizationProfile profile, String directoryCountry) {
        if (!profile.isActive()) {
            return Optional.of(Reason.PROFILE_INACTIVE);
        }
        if (!profile.getCountryCode().equalsIgnoreCase(directoryCountry)) {
            return Optional.of(Reason.PROFILE_OTHER_COUNTRY);
        }
        if (profile.isLinked()) {
            return Optional.of(Reason.PROFILE_ALREADY_LINKED);
        }
        return Optional.empty();
    }
}
