package org.channelcenter.directory.entity;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.channelcenter.kernel.entity.OrganizationKind;

/**
 * Builds organizations for demo data and tests. Without an explicit domain prefix the prefix is made
 * from the name plus a random part, so tests never collide with each other or with earlier runs.
 */
public final class OrganizationBuilder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OrganizationKind kind;
    private String name;
    private String domainPrefix;
    private String countryCode = "US";

    private OrganizationBuilder(OrganizationKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public static OrganizationBuilder operator() {
        return new OrganizationBuilder(OrganizationKind.OPERATOR, "Channel Center Operations");
    }

    public static OrganizationBuilder provider() {
        return new OrganizationBuilder(OrganizationKind.PROVIDER, "Provider");
    }

    public static OrganizationBuilder reseller() {
        return new OrganizationBuilder(OrganizationKind.RESELLER, "Reseller");
    }

    public static OrganizationBuilder customer() {
        return new OrganizationBuilder(OrganizationKind.CUSTOMER, "Customer");
    }

    public OrganizationBuilder named(String name) {
        this.name = name;
        return this;
    }

    public OrganizationBuilder domainPrefix(String prefix) {
        this.domainPrefix = prefix;
        return this;
    }

    public OrganizationBuilder country(String isoCode) {
        this.countryCode = isoCode;
        return this;
    }

    public Organization build(String directorySuffix, Instant now) {
        String prefix = domainPrefix != null ? domainPrefix : slug(name) + "-" + randomPart();
        return new Organization(kind, name, prefix + "." + directorySuffix, countryCode, now);
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        slug = slug.substring(0, Math.min(slug.length(), 40)).replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "org" : slug;
    }

    private static String randomPart() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
