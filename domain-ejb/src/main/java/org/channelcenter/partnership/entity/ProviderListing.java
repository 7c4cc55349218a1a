package org.channelcenter.partnership.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.kernel.entity.CountryCodes;
import org.channelcenter.kernel.entity.OrganizationKind;

/**
 * An indirect provider's entry in the provider directory (Find a provider), kept by operator staff. One per
 * provider organization; it serves at least one country/region (ISO 3166-1 alpha-2 codes the platform knows),
 * offers any of the {@link ProviderService}s, and names a contact email and optionally a website. Resellers
 * see it only while it is published (and its organization is active). New listings are published.
 */
@Entity
@Table(name = "provider_listing")
public class ProviderListing {

    /** Column size of {@code display_name}. */
    public static final int DISPLAY_NAME_MAX = 200;

    public static final int WEBSITE_MAX = 300;
    public static final int EMAIL_MAX = 320;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @ElementCollection
    @CollectionTable(name = "provider_listing_country", joinColumns = @JoinColumn(name = "listing_id"))
    @Column(name = "country_code", nullable = false)
    private Set<String> countryCodes = new HashSet<>();

    @Column(name = "customer_support", nullable = false)
    private boolean customerSupport;

    @Column(name = "technical_assistance", nullable = false)
    private boolean technicalAssistance;

    @Column(name = "marketing_help", nullable = false)
    private boolean marketingHelp;

    @Column(name = "financing_and_credit", nullable = false)
    private boolean financingAndCredit;

    private String website;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ProviderListing() {
        // for JPA
    }

    public ProviderListing(
            Organization provider,
            String displayName,
            Collection<String> countryCodes,
            Set<ProviderService> services,
            String website,
            String contactEmail,
            Instant now) {
        if (Objects.requireNonNull(provider, "provider").getKind() != OrganizationKind.PROVIDER) {
            throw new IllegalArgumentException("only an indirect provider is listed");
        }
        this.organization = provider;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.published = true;
        revise(displayName, countryCodes, services, website, contactEmail, now);
    }

    /** One of the ISO 3166-1 alpha-2 codes the platform knows, in any case. */
    public static boolean isKnownCountry(String code) {
        return CountryCodes.isKnown(code);
    }

    /**
     * Replaces what the listing says. Blank website means none.
     *
     * @return whether anything changed (then {@code updatedAt} is {@code now})
     */
    public boolean revise(
            String newDisplayName,
            Collection<String> newCountryCodes,
            Set<ProviderService> newServices,
            String newWebsite,
            String newContactEmail,
            Instant now) {
        String name = requireText(newDisplayName, "displayName", DISPLAY_NAME_MAX);
        Set<String> countries = normalizeCountries(newCountryCodes);
        Set<ProviderService> services = newServices == null || newServices.isEmpty()
                ? EnumSet.noneOf(ProviderService.class)
                : EnumSet.copyOf(newServices);
        String site = newWebsite == null || newWebsite.isBlank() ? null : newWebsite.trim();
        if (site != null && (site.length() > WEBSITE_MAX || !site.matches("(?i)https?://\\S+"))) {
            throw new IllegalArgumentException("a website is an http:// or https:// address");
        }
        String email = requireText(newContactEmail, "contactEmail", EMAIL_MAX);
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("contactEmail must be an email address");
        }
        boolean changed = !name.equals(displayName)
                || !countries.equals(countryCodes)
                || !services.equals(services())
                || !Objects.equals(site, website)
                || !email.equals(contactEmail);
        if (changed) {
            displayName = name;
            if (!countries.equals(countryCodes)) {
                countryCodes.clear();
                countryCodes.addAll(countries);
            }
            customerSupport = services.contains(ProviderService.CUSTOMER_SUPPORT);
            technicalAssistance = services.contains(ProviderService.TECHNICAL_ASSISTANCE);
            marketingHelp = services.contains(ProviderService.MARKETING_HELP);
            financingAndCredit = services.contains(ProviderService.FINANCING_AND_CREDIT);
            website = site;
            contactEmail = email;
            updatedAt = now;
        }
        return changed;
    }

    /** Resellers see the listing again; answers false when it was published already. */
    public boolean publish(Instant now) {
        return changePublished(true, now);
    }

    /** Resellers no longer see the listing; staff still do. Answers false when it was unpublished already. */
    public boolean unpublish(Instant now) {
        return changePublished(false, now);
    }

    private boolean changePublished(boolean wanted, Instant now) {
        if (published == wanted) {
            return false;
        }
        published = wanted;
        updatedAt = Objects.requireNonNull(now, "now");
        return true;
    }

    public Set<ProviderService> services() {
        return ProviderService.setOf(customerSupport, technicalAssistance, marketingHelp, financingAndCredit);
    }

    public boolean offers(ProviderService service) {
        return services().contains(service);
    }

    /** For the audit trail: what the listing says, in one line. */
    public String describe() {
        return displayName + "; countries " + getCountryCodes() + "; services " + services() + "; website " + website
                + "; email " + contactEmail + "; " + (published ? "published" : "unpublished");
    }

    private static Set<String> normalizeCountries(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException("a listing serves at least one country/region");
        }
        if (!codes.stream().allMatch(ProviderListing::isKnownCountry)) {
            throw new IllegalArgumentException("country codes must be ISO 3166-1 alpha-2 codes");
        }
        return codes.stream().map(code -> code.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static String requireText(String value, String what, int max) {
        if (value == null || value.isBlank() || value.trim().length() > max) {
            throw new IllegalArgumentException(what + " has 1 to " + max + " characters");
        }
        return value.trim();
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The countries/regions served, sorted by code. */
    public List<String> getCountryCodes() {
        return List.copyOf(new TreeSet<>(countryCodes));
    }

    public String getWebsite() {
        return website;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
