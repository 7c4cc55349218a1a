package org.channelcenter.commerce.boundary;

import java.io.Serializable;

/** An active user of the customer who could get a license of a subscription (holds none of it yet). */
public record LicenseCandidate(long userId, String loginName, String displayName) implements Serializable {}
