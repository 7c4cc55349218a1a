package org.channelcenter.web.customer;

import java.io.Serializable;
import java.util.List;
import org.channelcenter.commerce.boundary.SubscriptionRow;
import org.channelcenter.customer.boundary.CustomerDetails;

/**
 * What the customer-record include shows: the customer's record and the first page of the subscriptions the
 * caller's organization holds for it (of {@code subscriptionCount}), as the boundaries gave them, or the bundle
 * key of a boundary's refusal (then nothing of the customer is shown).
 */
public record CustomerRecord(
        CustomerDetails details, List<SubscriptionRow> subscriptions, long subscriptionCount, String refusal)
        implements Serializable {

    public static CustomerRecord of(
            CustomerDetails details, List<SubscriptionRow> subscriptions, long subscriptionCount) {
        return new CustomerRecord(details, List.copyOf(subscriptions), subscriptionCount, null);
    }

    public static CustomerRecord refused(String refusalKey) {
        return new CustomerRecord(null, List.of(), 0, refusalKey);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** More subscriptions than the record lists. */
    public boolean isSubscriptionsTruncated() {
        return subscriptionCount > subscriptions.size();
    }
}
