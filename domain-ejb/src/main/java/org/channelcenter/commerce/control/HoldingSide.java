package org.channelcenter.commerce.control;

import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.entity.OrganizationKind;

/**
 * Which side of an order or subscription the caller's organization is on, as a JPQL path: a provider sees what
 * it placed and holds ({@code alias.provider}), a reseller what it is reseller of record of ({@code alias.reseller}).
 * Every commerce list and count filters by it; one place so they cannot disagree.
 */
public final class HoldingSide {

    private HoldingSide() {}

    /** {@code alias.provider} or {@code alias.reseller}; compare its {@code .id} with the caller's organization. */
    public static String of(Caller caller, String alias) {
        return alias + (caller.organizationKind() == OrganizationKind.PROVIDER ? ".provider" : ".reseller");
    }
}
