package org.channelcenter.commerce.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.channelcenter.commerce.entity.BillingCycle;
import org.channelcenter.commerce.entity.SubscriptionStatus;

/** One subscription of a customer as a partner sees it; {@code version} is what a change must name. */
public record SubscriptionRow(
        long id,
        long offerId,
        String offerName,
        BillingCycle billingCycle,
        String providerName,
        String resellerName,
        int quantity,
        SubscriptionStatus status,
        Instant createdAt,
        Instant changedAt,
        long version)
        implements Serializable {

    public boolean isActive() {
        return status == SubscriptionStatus.ACTIVE;
    }

    public boolean isSuspended() {
        return status == SubscriptionStatus.SUSPENDED;
    }

    public boolean isCancelled() {
        return status == SubscriptionStatus.CANCELLED;
    }
}
