package org.channelcenter.enrollment.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.channelcenter.enrollment.entity.BusinessProfile;
import org.channelcenter.enrollment.entity.EnrollmentApplication;
import org.channelcenter.enrollment.entity.EnrollmentStatus;

/** An application as the applicant's status page and staff's review page show it. */
public record ApplicationView(
        long id,
        long version,
        EnrollmentStatus status,
        String organizationName,
        String directoryDomain,
        String countryCode,
        String networkId,
        BusinessProfile profile,
        String decisionNote,
        String decidedBy,
        Instant submittedAt,
        Instant decidedAt)
        implements Serializable {

    public static ApplicationView of(EnrollmentApplication application) {
        var organization = application.getOrganization();
        var networkProfile = application.getNetworkProfile();
        return new ApplicationView(
                application.getId(),
                application.getVersion(),
                application.getStatus(),
                organization.getName(),
                organization.getDirectoryDomain(),
                application.getCountryCode(),
                networkProfile == null ? null : networkProfile.getNetworkId(),
                application.getProfile(),
                application.getDecisionNote(),
                application.getDecidedBy(),
                application.getSubmittedAt(),
                application.getDecidedAt());
    }
}
