package org.channelcenter.billing.entity;

/** A billing run is RUNNING until every reseller of its provider is billed, then COMPLETED for good. */
public enum RunStatus {
    RUNNING,
    COMPLETED
}
