package org.channelcenter.enrollment.boundary;

import java.io.Serializable;

/**
 * The directory a global admin signed in to during enrollment. {@code approvedPartner}: it already belongs
 * to an approved partner, so only customer-support details are needed.
 */
public record DirectoryCheck(String organizationName, String domain, String countryCode, boolean approvedPartner)
        implements Serializable {}
