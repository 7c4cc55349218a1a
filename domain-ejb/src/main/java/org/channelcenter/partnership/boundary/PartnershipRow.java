package org.channelcenter.partnership.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.channelcenter.partnership.entity.Partnership;
import org.channelcenter.partnership.entity.PartnershipStatus;

/**
 * A partnership seen from one side: {@code partner*} is the other organization (the reseller for a
 * provider, the provider for a reseller).
 */
public record PartnershipRow(
        long id,
        long partnerId,
        String partnerName,
        String partnerDomain,
        String partnerCountry,
        PartnershipStatus status,
        Instant startedAt,
        Instant endedAt,
        String endedBy,
        String endedByOrganization,
        String endReason,
        long version)
        implements Serializable {

    public static PartnershipRow of(Partnership partnership, long seenBy) {
        var partner = partnership.otherSideOf(seenBy);
        var endedByOrganization = partnership.getEndedByOrganization();
        return new PartnershipRow(
                partnership.getId(),
                partner.getId(),
                partner.getName(),
                partner.getDirectoryDomain(),
                partner.getCountryCode(),
                partnership.getStatus(),
                partnership.getStartedAt(),
                partnership.getEndedAt(),
                partnership.getEndedBy(),
                endedByOrganization == null ? null : endedByOrganization.getName(),
                partnership.getEndReason(),
                partnership.getVersion());
    }

    public boolean active() {
        return status == PartnershipStatus.ACTIVE;
    }
}
