package org.channelcenter.directory.boundary;

import jakarta.ejb.ApplicationException;
import org.channelcenter.directory.entity.DirectoryRefusal;
import org.channelcenter.kernel.entity.DomainException;

/**
 * The user id names nobody in the caller's organization (another organization's user, or no user at
 * all; the two look the same, so ids of other organizations reveal nothing). The refusal is audited,
 * so the transaction must commit: nothing else was written.
 */
@ApplicationException(rollback = false)
public class UserNotInOrganizationException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UserNotInOrganizationException(long userId) {
        super(DirectoryRefusal.NOT_IN_ORGANIZATION, "no user " + userId + " in the caller's organization");
    }
}
