package org.channelcenter.enrollment.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.channelcenter.enrollment.entity.EnrollmentStatus;

/** One row of the staff review queue. */
public record ApplicationSummary(
        long id,
        String organizationName,
        String directoryDomain,
        String legalName,
        String countryCode,
        String networkId,
        EnrollmentStatus status,
        Instant submittedAt)
        implements Serializable {}
