package org.channelcenter.directory.entity;

import org.channelcenter.kernel.entity.RefusalReason;

/** Why User management refused a change: one reason for each of the directory's refusal exceptions. */
public enum DirectoryRefusal implements RefusalReason {
    /** {@link LastAdminException}. */
    LAST_ADMIN("users.error.lastAdmin"),
    /** {@code UserNameTakenException}. */
    USER_NAME_TAKEN("users.error.userNameTaken"),
    /** {@code UserNotInOrganizationException}. */
    NOT_IN_ORGANIZATION("users.error.notInOrganization"),
    /** {@code GlobalAdminOnlyException}. */
    GLOBAL_ADMIN_ONLY("users.error.globalAdminOnly");

    private final String messageKey;

    DirectoryRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
