package org.channelcenter.web.customer;

import java.io.Serializable;
import java.util.List;
import org.channelcenter.commerce.boundary.SubscriptionRow;
import org.channelcenter.customer.boundary.CustomerDetails;

/**
 * A customer's record as the boundaries gave it: the account and relationships, with either the first page of the
 * subscriptions the caller's organization holds for it (of {@code subscriptionCount}), or only the counts a row of
 * Customers summarizes; or the bundle key of a boundary's refusal (then nothing of the customer is shown).
 */
public record CustomerRecord(
        CustomerDetails details,
        List<SubscriptionRow> subscriptions,
        long subscriptionCount,
        long licensesInUse,
        long userCount,
        String refusal)
        implements Serializable {

    public static CustomerRecord of(
            CustomerDetails details, List<SubscriptionRow> subscriptions, long subscriptionCount) {
        return new CustomerRecord(details, List.copyOf(subscriptions), subscriptionCount, 0, 0, null);
    }

    /** The summary a row of Customers shows: counts only, no rows. */
    public static CustomerRecord summary(
            CustomerDetails details, long subscriptionCount, long licensesInUse, long userCount) {
        return new CustomerRecord(details, List.of(), subscriptionCount, licensesInUse, userCount, null);
    }

    public static CustomerRecord refused(String refusalKey) {
        return new CustomerRecord(null, List.of(), 0, 0, 0, refusalKey);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** More subscriptions than the record lists. */
    public boolean isSubscriptionsTruncated() {
        return subscriptionCount > subscriptions.size();
    }
}
