package org.channelcenter.commerce.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One assigned license: which subscription, which user, since when and by whom; {@code version} guards unassigning. */
public record LicenseAssignmentRow(
        long id,
        long subscriptionId,
        String offerName,
        long userId,
        String userLogin,
        String userDisplayName,
        Instant assignedAt,
        String assignedBy,
        long version)
        implements Serializable {}
