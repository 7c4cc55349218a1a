package org.channelcenter.commerce.control;

import java.time.LocalDate;
import java.util.List;

/**
 * The reseller's credit with the provider, asked before an order or a license increase is written (issue 17,
 * point 4). Commerce only asks; billing answers (it depends on commerce, never the reverse), refusing with its own
 * {@link org.channelcenter.kernel.entity.DomainException} when the reseller is on credit hold or the order would
 * take it over its limit. The refusal rolls the order back: nothing is written.
 */
public interface OrderCredit {

    /**
     * One line of the order as credit sees it: licenses added to the offer, to the customer's open subscription
     * (null: a new subscription).
     */
    record Addition(long offerId, Long subscriptionId, int quantity) {}

    /** Refuses (throws) when the reseller may not buy these additions from the provider on that UTC day. */
    void check(long providerId, long resellerId, List<Addition> additions, LocalDate day);
}
