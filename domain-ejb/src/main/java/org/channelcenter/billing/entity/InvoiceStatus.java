package org.channelcenter.billing.entity;

/**
 * An invoice is a DRAFT when a billing run writes it, ISSUED (numbered, and never changed again) when its provider
 * issues it, PAID once its payments cover its total, or VOID through a credit note.
 */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    PAID,
    VOID
}
