package org.channelcenter.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The next number of one issuer's documents of a kind (V46). It is read with a pessimistic lock by the transaction
 * that issues, and taken in that transaction, so numbers follow commit order with no gaps: a rolled-back issue
 * gives its number back.
 */
@Entity
@Table(name = "document_sequence")
@IdClass(DocumentSequence.Key.class)
public class DocumentSequence {

    /** The documents numbered, each kind in its own sequence. */
    public enum Kind {
        INVOICE,
        CREDIT_NOTE
    }

    /** The primary key: issuer and kind (a class, not a record: JPA builds it with its no-argument constructor). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long issuerId;

        private Kind kind;

        public Key() {
            // for JPA
        }

        public Key(long issuerId, Kind kind) {
            this.issuerId = issuerId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.issuerId == issuerId && key.kind == kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(issuerId, kind);
        }
    }

    @Id
    @Column(name = "issuer_id", nullable = false, updatable = false)
    private long issuerId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "next_number", nullable = false)
    private int nextNumber;

    protected DocumentSequence() {
        // for JPA
    }

    public DocumentSequence(long issuerId, Kind kind) {
        this.issuerId = issuerId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.nextNumber = 1;
    }

    /** The next number, taken. */
    public int take() {
        return nextNumber++;
    }
}
