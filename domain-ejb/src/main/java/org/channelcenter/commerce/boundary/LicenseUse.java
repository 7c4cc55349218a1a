package org.channelcenter.commerce.boundary;

import java.io.Serializable;
import org.channelcenter.commerce.entity.SubscriptionStatus;

/** How many licenses of a subscription are assigned, of how many; {@code version} is the subscription's. */
public record LicenseUse(
        long subscriptionId,
        String offerName,
        String providerName,
        String resellerName,
        int quantity,
        int assigned,
        SubscriptionStatus status)
        implements Serializable {

    public boolean isActive() {
        return status == SubscriptionStatus.ACTIVE;
    }

    /** Licenses left to assign. */
    public int free() {
        return Math.max(0, quantity - assigned);
    }
}
