package org.channelcenter.directory.entity;

/** ACTIVE organizations work in the portal; PENDING ones await enrollment approval. */
public enum OrganizationStatus {
    ACTIVE,
    INACTIVE,
    PENDING
}
