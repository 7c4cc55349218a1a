package org.channelcenter.partnership.boundary;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.channelcenter.partnership.entity.ProviderService;

/** One provider on a reseller's Find a provider page: a published listing of an active provider. */
public record ListedProvider(
        long id,
        String displayName,
        List<String> countryCodes,
        Set<ProviderService> services,
        String website,
        String contactEmail)
        implements Serializable {

    /** The JPQL constructor expression's shape: the services as their four columns, countries added later. */
    public ListedProvider(
            long id,
            String displayName,
            boolean customerSupport,
            boolean technicalAssistance,
            boolean marketingHelp,
            boolean financingAndCredit,
            String website,
            String contactEmail) {
        this(
                id,
                displayName,
                List.of(),
                ProviderService.setOf(customerSupport, technicalAssistance, marketingHelp, financingAndCredit),
                website,
                contactEmail);
    }

    public ListedProvider {
        countryCodes = List.copyOf(countryCodes);
        services = services.isEmpty() ? EnumSet.noneOf(ProviderService.class) : EnumSet.copyOf(services);
    }

    ListedProvider withCountries(List<String> codes) {
        return new ListedProvider(id, displayName, codes, services, website, contactEmail);
    }
}
