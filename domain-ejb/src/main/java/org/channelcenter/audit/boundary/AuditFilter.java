package org.channelcenter.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.channelcenter.audit.entity.AuditAction;

/**
 * What a reader of the audit log narrows it to; every part may be null for "any". {@code organizationId}
 * keeps the events where that organization acted or is concerned; {@code from} is inclusive, {@code until}
 * exclusive; {@code text} matches the user or the target, ignoring case. For an organization's own log the
 * boundary puts the caller's organization in place of whatever {@code organizationId} says.
 */
public record AuditFilter(Long organizationId, AuditAction action, Instant from, Instant until, String text)
        implements Serializable {

    public AuditFilter {
        text = text == null || text.isBlank() ? null : text.trim();
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    public AuditFilter withText(String newText) {
        return new AuditFilter(organizationId, action, from, until, newText);
    }

    AuditFilter withOrganization(long newOrganizationId) {
        return new AuditFilter(newOrganizationId, action, from, until, text);
    }
}
