package org.channelcenter.membership.boundary;

import java.io.Serializable;
import org.channelcenter.membership.entity.ProfileStatus;

/**
 * One line of the registry list: a profile with its account's user name, read in one query (a JPQL
 * constructor expression, hence the linked organization's id rather than a flag).
 */
public record ProfileRow(
        long id,
        long accountId,
        String userName,
        String networkId,
        String legalName,
        String countryCode,
        ProfileStatus status,
        Long linkedOrganizationId,
        long version)
        implements Serializable {

    public boolean linked() {
        return linkedOrganizationId != null;
    }

    public boolean active() {
        return status == ProfileStatus.ACTIVE;
    }
}
