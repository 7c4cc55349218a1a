package org.channelcenter.partnership.entity;

/** SPEC §5: {@code ACTIVE → TERMINATED}; an ended partnership is kept as history. */
public enum PartnershipStatus {
    ACTIVE,
    TERMINATED
}
