package org.channelcenter.directory.entity;

import static org.channelcenter.kernel.entity.EntityIds.withId;

import java.time.Instant;
import org.channelcenter.kernel.entity.OrganizationKind;

/** The sample network's organizations as entity tests use them, with the id the database would give. */
public final class SampleOrganizations {

    private SampleOrganizations() {}

    public static Organization northwind(long id, Instant at) {
        return withId(new Organization(OrganizationKind.PROVIDER, "Northwind", "northwind.example", "US", at), id);
    }

    public static Organization contoso(long id, Instant at) {
        return withId(new Organization(OrganizationKind.RESELLER, "Contoso", "contoso.example", "US", at), id);
    }

    public static Organization adatum(long id, Instant at) {
        return withId(new Organization(OrganizationKind.CUSTOMER, "Adatum", "adatum.example", "US", at), id);
    }
}
