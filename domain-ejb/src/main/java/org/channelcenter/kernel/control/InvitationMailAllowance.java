package org.channelcenter.kernel.control;

import java.time.Instant;

/**
 * How many invitation mails the platform still sends for an organization (issue 15, abuse limits): an invitation's
 * send or re-send spends one, so that no organization can use the portal to mail strangers without end.
 */
@FunctionalInterface
public interface InvitationMailAllowance {

    /** Spends one mail of the organization's allowance at {@code now}; false, with nothing spent, when none is left. */
    boolean spend(long organizationId, Instant now);
}
