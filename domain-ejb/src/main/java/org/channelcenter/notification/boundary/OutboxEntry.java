package org.channelcenter.notification.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.channelcenter.notification.entity.MailStatus;

/** One outbox mail as the Outbox list shows it; the body is read separately, when a row is opened. */
public record OutboxEntry(
        long id,
        Instant createdAt,
        MailStatus status,
        String recipient,
        String subject,
        String template,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant sentAt)
        implements Serializable {}
