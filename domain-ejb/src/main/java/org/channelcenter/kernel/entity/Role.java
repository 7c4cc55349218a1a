package org.channelcenter.kernel.entity;

/** The roles of SPEC §1. {@link Names} holds them as constants for {@code @RolesAllowed}. */
public enum Role {
    GLOBAL_ADMIN,
    ADMIN_AGENT,
    SALES_AGENT,
    HELPDESK_AGENT,
    /** A partner's billing: price books, customer prices, and later invoices, payments and credit (SPEC §13). */
    BILLING_ADMIN,
    STAFF;

    /** May manage the organization's users and administer its customers. */
    public boolean isAdmin() {
        return this == GLOBAL_ADMIN || this == ADMIN_AGENT;
    }

    /** Compile-time constants, because annotations cannot name an enum constant's name(). */
    public static final class Names {
        public static final String GLOBAL_ADMIN = "GLOBAL_ADMIN";
        public static final String ADMIN_AGENT = "ADMIN_AGENT";
        public static final String SALES_AGENT = "SALES_AGENT";
        public static final String HELPDESK_AGENT = "HELPDESK_AGENT";
        public static final String BILLING_ADMIN = "BILLING_ADMIN";
        public static final String STAFF = "STAFF";

        private Names() {}
    }
}
