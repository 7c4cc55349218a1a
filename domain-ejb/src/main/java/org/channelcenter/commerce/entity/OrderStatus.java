package org.channelcenter.commerce.entity;

/**
 * An order is fulfilled in the transaction that places it (subscriptions are created or extended at once);
 * a refused one is not stored. The state exists so that later asynchronous fulfilment has a place to go.
 */
public enum OrderStatus {
    COMPLETED
}
