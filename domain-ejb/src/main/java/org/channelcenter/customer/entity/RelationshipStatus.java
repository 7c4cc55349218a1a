package org.channelcenter.customer.entity;

/** SPEC §6: {@code ACTIVE → REMOVED}. */
public enum RelationshipStatus {
    ACTIVE,
    REMOVED
}
