package org.channelcenter.customer.control;

import java.util.Collection;
import java.util.Map;
import org.channelcenter.kernel.boundary.Caller;

/**
 * How many open licenses each of a customer's users holds in the subscriptions of the caller's side. Commerce
 * owns licenses and answers it; the customer component only asks, so it does not import commerce, which
 * depends on it.
 */
public interface HeldLicenses {

    /** User id to licenses held, for the users that hold any; one query whatever the number of users. */
    Map<Long, Long> countByUser(Caller caller, Collection<Long> userIds);
}
