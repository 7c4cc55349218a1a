package org.channelcenter.customer.boundary;

import java.io.Serializable;
import java.util.Locale;

/**
 * The Customers table's column filters: the start of the name and of the directory domain (case-insensitive) and
 * an exact country/region code. Blank means no filter.
 */
public record CustomerFilter(String name, String domain, String country) implements Serializable {

    public static final CustomerFilter NONE = new CustomerFilter(null, null, null);

    public CustomerFilter {
        name = blankToNull(name);
        domain = blankToNull(domain);
        country = blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
