package org.channelcenter.partnership.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.channelcenter.directory.entity.OrganizationStatus;
import org.channelcenter.partnership.entity.ProviderService;

/**
 * One line of Staff › Provider directory: a listing, its provider organization, and the version an edit
 * or (un)publish is made on. Read with one query per page plus one for the page's countries.
 */
public record ProviderListingRow(
        long id,
        long organizationId,
        String organizationName,
        OrganizationStatus organizationStatus,
        String displayName,
        List<String> countryCodes,
        Set<ProviderService> services,
        String website,
        String contactEmail,
        boolean published,
        Instant updatedAt,
        long version)
        implements Serializable {

    /** The JPQL constructor expression's shape: the services as their four columns, countries added later. */
    public ProviderListingRow(
            long id,
            long organizationId,
            String organizationName,
            OrganizationStatus organizationStatus,
            String displayName,
            boolean customerSupport,
            boolean technicalAssistance,
            boolean marketingHelp,
            boolean financingAndCredit,
            String website,
            String contactEmail,
            boolean published,
            Instant updatedAt,
            long version) {
        this(
                id,
                organizationId,
                organizationName,
                organizationStatus,
                displayName,
                List.of(),
                ProviderService.setOf(customerSupport, technicalAssistance, marketingHelp, financingAndCredit),
                website,
                contactEmail,
                published,
                updatedAt,
                version);
    }

    public ProviderListingRow {
        countryCodes = List.copyOf(countryCodes);
        services = services.isEmpty() ? EnumSet.noneOf(ProviderService.class) : EnumSet.copyOf(services);
    }

    ProviderListingRow withCountries(List<String> codes) {
        return new ProviderListingRow(
                id,
                organizationId,
                organizationName,
                organizationStatus,
                displayName,
                codes,
                services,
                website,
                contactEmail,
                published,
                updatedAt,
                version);
    }

    /** The listing as the edit form starts from. */
    public ListingDetails details() {
        return new ListingDetails(displayName, countryCodes, services, website, contactEmail);
    }

    public boolean organizationActive() {
        return organizationStatus == OrganizationStatus.ACTIVE;
    }
}
