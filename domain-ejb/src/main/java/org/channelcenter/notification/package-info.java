/**
 * Notification: the outbox every mail goes through. Components queue a mail from a template with
 * {@link org.channelcenter.notification.control.Outbox} inside their own transaction (so a mail exists
 * exactly when the change it reports was committed); delivery sends it over SMTP later, with retries.
 */
package org.channelcenter.notification;
