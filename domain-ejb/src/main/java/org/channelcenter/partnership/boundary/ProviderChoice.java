package org.channelcenter.partnership.boundary;

import java.io.Serializable;

/** An active indirect provider without a listing yet, as staff choose it for a new listing. */
public record ProviderChoice(long organizationId, String name, String directoryDomain, String countryCode)
        implements Serializable {}
