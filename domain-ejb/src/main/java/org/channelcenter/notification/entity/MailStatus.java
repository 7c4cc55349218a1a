package org.channelcenter.notification.entity;

/** Where a queued mail stands: waiting, delivered, kept (no SMTP host) or given up after retries. */
public enum MailStatus {
    PENDING,
    SENT,
    HELD,
    FAILED
}
