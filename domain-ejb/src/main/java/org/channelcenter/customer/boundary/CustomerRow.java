package org.channelcenter.customer.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One customer on a partner's Customers page: who it is, the reseller it belongs to (what a provider needs to
 * know), and since when the caller's organization has its relationship.
 */
public record CustomerRow(
        long customerId, String name, String domain, String countryCode, String resellerName, Instant since)
        implements Serializable {}
