package org.channelcenter.membership.boundary;

import java.io.Serializable;
import org.channelcenter.membership.entity.ProfileStatus;

/** What staff type for a new organization profile; checked by the registry, not here. */
public record ProfileDraft(String networkId, String legalName, String countryCode, ProfileStatus status)
        implements Serializable {

    public ProfileDraft {
        networkId = networkId == null ? null : networkId.trim();
        status = status == null ? ProfileStatus.ACTIVE : status;
    }
}
