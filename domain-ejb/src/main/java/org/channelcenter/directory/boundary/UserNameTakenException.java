package org.channelcenter.directory.boundary;

import jakarta.ejb.ApplicationException;
import org.channelcenter.directory.entity.DirectoryRefusal;
import org.channelcenter.kernel.entity.DomainException;

/** The organization already has a user with this user name (sign-in names are unique). */
@ApplicationException(rollback = true)
public class UserNameTakenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UserNameTakenException(String loginName) {
        super(DirectoryRefusal.USER_NAME_TAKEN, loginName + " exists already");
    }

    public UserNameTakenException(String loginName, Throwable cause) {
        super(DirectoryRefusal.USER_NAME_TAKEN, loginName + " exists already", cause);
    }
}
