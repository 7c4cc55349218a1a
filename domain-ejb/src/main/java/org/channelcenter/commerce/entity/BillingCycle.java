package org.channelcenter.commerce.entity;

public enum BillingCycle {
    MONTHLY,
    ANNUAL
}
