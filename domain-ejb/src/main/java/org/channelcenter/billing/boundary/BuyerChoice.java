package org.channelcenter.billing.boundary;

import java.io.Serializable;

/** A reseller (in a provider's price books) or a customer (in a reseller's prices) to choose. */
public record BuyerChoice(long id, String name) implements Serializable {}
