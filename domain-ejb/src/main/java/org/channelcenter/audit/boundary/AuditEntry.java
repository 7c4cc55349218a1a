package org.channelcenter.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.channelcenter.audit.entity.AuditAction;

/** One row of the audit log as a list shows it. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        AuditAction action,
        String actorLogin,
        String target,
        String details,
        String clientAddress)
        implements Serializable {}
