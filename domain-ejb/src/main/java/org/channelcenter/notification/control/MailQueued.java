package org.channelcenter.notification.control;

/**
 * Mail was queued in the current transaction. Observed after a successful commit only, so that delivery never
 * sees (or sends) a mail whose transaction is rolled back.
 */
public record MailQueued() {}
