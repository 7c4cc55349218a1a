package org.channelcenter.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A lower-case text an event is found by when a log's search box holds its beginning: the event's user and its
 * target (migration V20). Stored beside the event's time so the matches come from one index. Insert-only.
 */
@Embeddable
public class AuditSearchKey {

    @Column(name = "search_key", nullable = false, updatable = false)
    private String searchKey;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected AuditSearchKey() {
        // for JPA
    }

    AuditSearchKey(String text, Instant occurredAt) {
        this.searchKey = of(text);
        this.occurredAt = occurredAt;
    }

    /** The key a text is stored and searched under; the search box's text is turned into a prefix of it. */
    public static String of(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditSearchKey key && searchKey.equals(key.searchKey);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(searchKey);
    }
}
