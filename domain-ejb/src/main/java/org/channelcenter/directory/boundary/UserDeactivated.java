package org.channelcenter.directory.boundary;

/**
 * A user was deactivated, by their own organization's admin or by a partner administering a customer; fired in
 * the deactivating transaction, so what other components release with it (a customer user's licenses) commits
 * or rolls back together with the deactivation. {@code byLogin} is who did it.
 */
public record UserDeactivated(long userId, String byLogin) {}
