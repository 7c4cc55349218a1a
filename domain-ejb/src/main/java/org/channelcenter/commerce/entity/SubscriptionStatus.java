package org.channelcenter.commerce.entity;

/** ACTIVE ⇄ SUSPENDED, either → CANCELLED (final). */
public enum SubscriptionStatus {
    ACTIVE,
    SUSPENDED,
    CANCELLED
}
