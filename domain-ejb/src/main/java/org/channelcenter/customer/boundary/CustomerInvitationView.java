package org.channelcenter.customer.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the holder of a customer invitation's link sees before accepting: who asks (the reseller, and the
 * provider invited together, if any), in their own words, and until when.
 */
public record CustomerInvitationView(
        String resellerName,
        String resellerDomain,
        String resellerCountry,
        String providerName,
        String providerDomain,
        String invitedBy,
        String invitedByEmail,
        String message,
        Instant expiresAt)
        implements Serializable {

    public boolean withProvider() {
        return providerName != null;
    }
}
