package org.channelcenter.kernel.entity;

import java.util.Locale;
import java.util.Set;

/** Countries/regions as the platform knows them: ISO 3166-1 alpha-2 codes, as the Java runtime lists them. */
public final class CountryCodes {

    private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

    private CountryCodes() {}

    /** One of the known codes, in any case and with surrounding spaces ignored. */
    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code.trim().toUpperCase(Locale.ROOT));
    }
}
