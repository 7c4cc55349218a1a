package org.channelcenter.commerce.boundary;

import java.io.Serializable;

/** A reseller the provider may name as reseller of record of an order for one customer. */
public record ResellerChoice(long id, String name) implements Serializable {}
