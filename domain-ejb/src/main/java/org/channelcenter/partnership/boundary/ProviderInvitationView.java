package org.channelcenter.partnership.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a reseller sees when following a provider's link: who invites, and their own words.
 * {@code callerMayAuthorize} says whether the signed-in user (if any) is an admin of an approved reseller.
 */
public record ProviderInvitationView(
        String providerName,
        String providerDomain,
        String providerCountry,
        String invitedBy,
        String invitedByEmail,
        String message,
        Instant expiresAt,
        boolean callerMayAuthorize)
        implements Serializable {}
