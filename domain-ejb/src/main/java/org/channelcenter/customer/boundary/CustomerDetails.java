package org.channelcenter.customer.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An expanded customer record: its account and every relationship it has with partners (the caller's and the
 * others', active and removed). Subscriptions, licenses and users come with the commerce issue.
 */
public record CustomerDetails(
        long customerId,
        String name,
        String domain,
        String countryCode,
        Instant createdAt,
        List<RelationshipRow> relationships)
        implements Serializable {}
