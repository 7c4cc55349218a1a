package org.channelcenter.customer.boundary;

import java.io.Serializable;
import java.util.List;

/** The outcome of an acceptance: the customer directory, its admin's sign-in name, the partners now related. */
public record AcceptedInvitation(
        String customerName, String customerDomain, String adminSignInName, List<String> partnerNames)
        implements Serializable {}
