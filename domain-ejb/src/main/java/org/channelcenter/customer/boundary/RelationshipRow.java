package org.channelcenter.customer.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.channelcenter.customer.entity.CustomerRelationship;
import org.channelcenter.customer.entity.RelationshipStatus;
import org.channelcenter.kernel.entity.OrganizationKind;

/** One reseller relationship as a customer (its Partners page) or a partner (an expanded customer) sees it. */
public record RelationshipRow(
        long id,
        String partnerName,
        OrganizationKind partnerKind,
        String partnerDomain,
        String resellerName,
        RelationshipStatus status,
        Instant startedAt,
        String startedBy,
        Instant removedAt,
        String removedBy,
        long version)
        implements Serializable {

    /** The relationship's organizations must be loaded (fetched in the query), not read one by one. */
    public static RelationshipRow of(CustomerRelationship relationship) {
        return new RelationshipRow(
                relationship.getId(),
                relationship.getPartner().getName(),
                relationship.getPartner().getKind(),
                relationship.getPartner().getDirectoryDomain(),
                relationship.getReseller().getName(),
                relationship.getStatus(),
                relationship.getStartedAt(),
                relationship.getStartedBy(),
                relationship.getRemovedAt(),
                relationship.getRemovedBy(),
                relationship.getVersion());
    }

    public boolean isActive() {
        return status == RelationshipStatus.ACTIVE;
    }
}
