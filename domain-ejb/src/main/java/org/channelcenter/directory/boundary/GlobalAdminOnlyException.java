package org.channelcenter.directory.boundary;

import jakarta.ejb.ApplicationException;
import org.channelcenter.directory.entity.DirectoryRefusal;
import org.channelcenter.kernel.entity.DomainException;

/**
 * Only a global admin grants or removes Global admin, changes a global admin's roles or deactivates one (as in
 * Partner Center): an admin agent would otherwise make itself a global admin, or remove the global admins above
 * it. Refused before anything is written and audited, so the transaction commits the audit event alone.
 */
@ApplicationException(rollback = false)
public class GlobalAdminOnlyException extends DomainException {

    private static final long serialVersionUID = 1L;

    public GlobalAdminOnlyException(String what) {
        super(DirectoryRefusal.GLOBAL_ADMIN_ONLY, what + " needs the Global admin role");
    }
}
