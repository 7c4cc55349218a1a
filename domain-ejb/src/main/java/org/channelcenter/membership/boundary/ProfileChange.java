package org.channelcenter.membership.boundary;

import java.io.Serializable;
import org.channelcenter.membership.entity.ProfileStatus;

/**
 * An edit of an existing profile, made on the version staff saw ({@code version}); the network ID and the
 * linked organization are not editable here.
 */
public record ProfileChange(long profileId, long version, String legalName, String countryCode, ProfileStatus status)
        implements Serializable {}
