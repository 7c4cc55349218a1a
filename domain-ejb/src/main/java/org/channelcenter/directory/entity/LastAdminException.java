package org.channelcenter.directory.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;

/** The change would leave the organization without an active administrator (SPEC §4). */
@ApplicationException(rollback = true)
public class LastAdminException extends DomainException {

    private static final long serialVersionUID = 1L;

    public LastAdminException(String loginName) {
        super(DirectoryRefusal.LAST_ADMIN, loginName + " is the last active administrator of the organization");
    }
}
