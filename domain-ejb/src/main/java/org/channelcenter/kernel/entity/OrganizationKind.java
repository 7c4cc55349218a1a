package org.channelcenter.kernel.entity;

/** What an organization is in the two-tier model (SPEC §1). */
public enum OrganizationKind {
    OPERATOR,
    PROVIDER,
    RESELLER,
    CUSTOMER;

    public boolean isPartner() {
        return this == PROVIDER || this == RESELLER;
    }
}
