package org.channelcenter.partnership.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an indirect provider offers its resellers (SPEC §5). Each service is a boolean column of
 * {@link ProviderListing}; {@link #attribute()} names it for the directory's filter, so no text from a
 * request ever reaches a query.
 */
public enum ProviderService {
    CUSTOMER_SUPPORT("customerSupport"),
    TECHNICAL_ASSISTANCE("technicalAssistance"),
    MARKETING_HELP("marketingHelp"),
    FINANCING_AND_CREDIT("financingAndCredit");

    private final String attribute;

    ProviderService(String attribute) {
        this.attribute = attribute;
    }

    /** The services whose columns are true, in the order of this enum. */
    public static Set<ProviderService> setOf(
            boolean customerSupport, boolean technicalAssistance, boolean marketingHelp, boolean financingAndCredit) {
        Set<ProviderService> services = EnumSet.noneOf(ProviderService.class);
        if (customerSupport) {
            services.add(CUSTOMER_SUPPORT);
        }
        if (technicalAssistance) {
            services.add(TECHNICAL_ASSISTANCE);
        }
        if (marketingHelp) {
            services.add(MARKETING_HELP);
        }
        if (financingAndCredit) {
            services.add(FINANCING_AND_CREDIT);
        }
        return services;
    }

    /** The {@link ProviderListing} attribute that says whether a listing offers this service. */
    public String attribute() {
        return attribute;
    }
}
