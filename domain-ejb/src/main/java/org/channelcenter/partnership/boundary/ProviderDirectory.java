package org.channelcenter.partnership.boundary;

import static org.channelcenter.partnership.entity.ProviderListingRefusedException.Reason.ALREADY_LISTED;
import static org.channelcenter.partnership.entity.ProviderListingRefusedException.Reason.COUNTRY_UNKNOWN;
import static org.channelcenter.partnership.entity.ProviderListingRefusedException.Reason.LISTING_NOT_FOUND;
import static org.channelcenter.partnership.entity.ProviderListingRefusedException.Reason.NOT_A_PROVIDER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.OrganizationStatus;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.partnership.entity.ProviderListing;
import org.channelcenter.partnership.entity.ProviderListingRefusedException;
import org.channelcenter.partnership.entity.ProviderService;

/**
 * The provider directory (SPEC §5). Operator staff keep one listing per active indirect provider: list,
 * create, edit and (un)publish, every change audited and made on the version staff saw. Resellers (any
 * signed-in user of an active reseller; staff may look too) find the published listings of active providers
 * by name, country/region and service. Every list is paged and filtered in the database: one query for a
 * page's rows and one for those rows' countries. Anyone else is refused with an {@link EJBAccessException}.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class ProviderDirectory {

    /** Most providers offered in the "new listing" choice; the newest come first among equal names. */
    public static final int MAX_CHOICES = PageRequest.MAX_SIZE;

    /** Sortable columns of the staff list, by the names the table uses; anything else sorts by name. */
    private static final Map<String, String> STAFF_SORTABLE = Map.of(
            "displayName", "l.displayName",
            "organizationName", "o.name",
            "published", "l.published",
            "updatedAt", "l.updatedAt");

    private static final Map<String, String> FIND_SORTABLE = Map.of("displayName", "l.displayName");

    private static final String STAFF_FILTER = "(lower(l.displayName) like :pattern escape '\\'"
            + " or lower(o.name) like :pattern escape '\\' or lower(l.contactEmail) like :pattern escape '\\')";

    private static final String FIND_FILTER = "lower(l.displayName) like :pattern escape '\\'";

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    /** How many listings (published or not) match the text: name, provider organization or contact email. */
    public long countListings(String filter) {
        requireStaff();
        Filter where = Filter.forStaff(new PageRequest(0, 1, null, true, filter));
        return where.bind(em.createQuery(
                        "select count(l) from ProviderListing l join l.organization o" + where.clause(), Long.class))
                .getSingleResult();
    }

    /** One page of all listings, by display name unless sorted otherwise. */
    public List<ProviderListingRow> findListings(@NotNull PageRequest request) {
        requireStaff();
        Filter where = Filter.forStaff(request);
        String order = PageQueries.orderBy(request, STAFF_SORTABLE, "l.displayName asc") + ", l.id asc";
        TypedQuery<ProviderListingRow> query = em.createQuery(
                        "select new org.channelcenter.partnership.boundary.ProviderListingRow(l.id, o.id, o.name,"
                                + " o.status, l.displayName, l.customerSupport, l.technicalAssistance, l.marketingHelp,"
                                + " l.financingAndCredit, l.website, l.contactEmail, l.published, l.updatedAt, l.version)"
                                + " from ProviderListing l join l.organization o" + where.clause() + " order by "
                                + order,
                        ProviderListingRow.class)
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        return withCountries(
                where.bind(query).getResultList(), ProviderListingRow::id, ProviderListingRow::withCountries);
    }

    /** Active indirect providers without a listing, to create one for (at most {@link #MAX_CHOICES}). */
    public List<ProviderChoice> unlistedProviders() {
        requireStaff();
        return em.createQuery(
                        "select new org.channelcenter.partnership.boundary.ProviderChoice(o.id, o.name,"
                                + " o.directoryDomain, o.countryCode) from Organization o"
                                + " where o.kind = :provider and o.status = :active"
                                + " and not exists (select l.id from ProviderListing l where l.organization = o)"
                                + " order by o.name asc, o.id desc",
                        ProviderChoice.class)
                .setParameter("provider", OrganizationKind.PROVIDER)
                .setParameter("active", OrganizationStatus.ACTIVE)
                .setMaxResults(MAX_CHOICES)
                .getResultList();
    }

    /**
     * A new, published listing for an active indirect provider that has none. Refused as
     * {@link ProviderListingRefusedException} (NOT_A_PROVIDER, ALREADY_LISTED, COUNTRY_UNKNOWN).
     */
    public ProviderListingRow create(long providerOrganizationId, @NotNull @Valid ListingDetails details) {
        requireStaff();
        Organization provider = em.find(Organization.class, providerOrganizationId);
        if (provider == null || provider.getKind() != OrganizationKind.PROVIDER || !provider.isActive()) {
            throw new ProviderListingRefusedException(NOT_A_PROVIDER);
        }
        if (listingOf(providerOrganizationId)) {
            throw new ProviderListingRefusedException(ALREADY_LISTED);
        }
        requireKnownCountries(details);
        ProviderListing listing = new ProviderListing(
                provider,
                details.getDisplayName(),
                details.getCountryCodes(),
                details.serviceSet(),
                details.getWebsite(),
                details.getContactEmail(),
                Instant.now());
        em.persist(listing);
        // the unique constraint, when another staff member listed the provider a moment ago
        Writes.flushOr(em, "provider listing", e -> new ProviderListingRefusedException(ALREADY_LISTED, e));
        audit.record(AuditAction.PROVIDER_LISTING_CREATED, target(listing), listing.describe(), provider.getId());
        return row(listing);
    }

    /** Replaces what the listing says, on the version staff saw ({@link ConcurrentChangeException} if not). */
    public ProviderListingRow update(long listingId, long expectedVersion, @NotNull @Valid ListingDetails details) {
        requireStaff();
        ProviderListing listing = listingSeenAt(listingId, expectedVersion);
        requireKnownCountries(details);
        String before = listing.describe();
        if (listing.revise(
                details.getDisplayName(),
                details.getCountryCodes(),
                details.serviceSet(),
                details.getWebsite(),
                details.getContactEmail(),
                Instant.now())) {
            flush(listing);
            audit.record(
                    AuditAction.PROVIDER_LISTING_UPDATED,
                    target(listing),
                    before + " -> " + listing.describe(),
                    listing.getOrganization().getId());
        }
        return row(listing);
    }

    /** Shows the listing to resellers again (while its provider is active). */
    public ProviderListingRow publish(long listingId, long expectedVersion) {
        requireStaff();
        ProviderListing listing = listingSeenAt(listingId, expectedVersion);
        if (listing.publish(Instant.now())) {
            flush(listing);
            audit.record(
                    AuditAction.PROVIDER_LISTING_PUBLISHED,
                    target(listing),
                    null,
                    listing.getOrganization().getId());
        }
        return row(listing);
    }

    /** Hides the listing from resellers; staff keep seeing and editing it. */
    public ProviderListingRow unpublish(long listingId, long expectedVersion) {
        requireStaff();
        ProviderListing listing = listingSeenAt(listingId, expectedVersion);
        if (listing.unpublish(Instant.now())) {
            flush(listing);
            audit.record(
                    AuditAction.PROVIDER_LISTING_UNPUBLISHED,
                    target(listing),
                    null,
                    listing.getOrganization().getId());
        }
        return row(listing);
    }

    /** Whether the caller may find providers (a user of an active reseller, or staff); pages ask before showing. */
    @PermitAll
    public boolean mayFind() {
        return currentCaller.find().filter(ProviderDirectory::isFinder).isPresent();
    }

    /**
     * How many published listings of active providers match: name (the text, ignoring case), a country/region
     * served and a service offered; each may be null for "any".
     */
    @PermitAll
    public long count(String nameFilter, String countryCode, ProviderService service) {
        requireFinder();
        Filter where = Filter.forFinders(new PageRequest(0, 1, null, true, nameFilter), countryCode, service);
        return where.bind(em.createQuery(
                        "select count(l) from ProviderListing l join l.organization o" + where.joins() + where.clause(),
                        Long.class))
                .getSingleResult();
    }

    /** One page of the providers {@link #count} counts, by name. */
    @PermitAll
    public List<ListedProvider> find(@NotNull PageRequest request, String countryCode, ProviderService service) {
        requireFinder();
        Filter where = Filter.forFinders(request, countryCode, service);
        String order = PageQueries.orderBy(request, FIND_SORTABLE, "l.displayName asc") + ", l.id asc";
        TypedQuery<ListedProvider> query = em.createQuery(
                        "select new org.channelcenter.partnership.boundary.ListedProvider(l.id, l.displayName,"
                                + " l.customerSupport, l.technicalAssistance, l.marketingHelp, l.financingAndCredit,"
                                + " l.website, l.contactEmail) from ProviderListing l join l.organization o"
                                + where.joins() + where.clause() + " order by " + order,
                        ListedProvider.class)
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        return withCountries(where.bind(query).getResultList(), ListedProvider::id, ListedProvider::withCountries);
    }

    /** The rows with the countries each serves, read for the whole page in one query. */
    private <T> List<T> withCountries(
            List<T> rows, ToLongFunction<T> id, BiFunction<T, List<String>, T> withCountries) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, TreeSet<String>> countries = new LinkedHashMap<>();
        rows.forEach(row -> countries.put(id.applyAsLong(row), new TreeSet<>()));
        em.createQuery("select l.id, c from ProviderListing l join l.countryCodes c where l.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(countries.keySet()))
                .getResultList()
                .forEach(pair -> countries.get((Long) pair[0]).add((String) pair[1]));
        List<T> complete = new ArrayList<>(rows.size());
        rows.forEach(row -> complete.add(withCountries.apply(row, List.copyOf(countries.get(id.applyAsLong(row))))));
        return complete;
    }

    private boolean listingOf(long organizationId) {
        return em.createQuery(
                                "select count(l) from ProviderListing l where l.organization.id = :organizationId",
                                Long.class)
                        .setParameter("organizationId", organizationId)
                        .getSingleResult()
                > 0;
    }

    private ProviderListing listingSeenAt(long listingId, long expectedVersion) {
        ProviderListing listing = em.find(ProviderListing.class, listingId);
        if (listing == null) {
            throw new ProviderListingRefusedException(LISTING_NOT_FOUND);
        }
        ConcurrentChangeException.requireVersion(
                expectedVersion, listing.getVersion(), "provider listing " + listingId);
        return listing;
    }

    private static void requireKnownCountries(ListingDetails details) {
        if (!details.getCountryCodes().stream().allMatch(ProviderListing::isKnownCountry)) {
            throw new ProviderListingRefusedException(COUNTRY_UNKNOWN);
        }
    }

    /** Writes now, so that a concurrent change surfaces here as a typed refusal, not at commit. */
    private void flush(ProviderListing listing) {
        Writes.flush(em, "provider listing " + listing.getId());
    }

    private ProviderListingRow row(ProviderListing listing) {
        Organization provider = listing.getOrganization();
        return new ProviderListingRow(
                listing.getId(),
                provider.getId(),
                provider.getName(),
                provider.getStatus(),
                listing.getDisplayName(),
                listing.getCountryCodes(),
                listing.services(),
                listing.getWebsite(),
                listing.getContactEmail(),
                listing.isPublished(),
                listing.getUpdatedAt(),
                listing.getVersion());
    }

    private static String target(ProviderListing listing) {
        return "provider listing " + listing.getId() + " ("
                + listing.getOrganization().getName() + ")";
    }

    /** The role alone is not enough: only active staff of the operator keep the directory. */
    private Caller requireStaff() {
        Caller caller = currentCaller.require();
        if (!caller.isStaff()) {
            throw new EJBAccessException("the provider directory is kept by operator staff");
        }
        return caller;
    }

    /** Users of active resellers find providers; staff may look at what they see. */
    private Caller requireFinder() {
        Caller caller = currentCaller.require();
        if (!isFinder(caller)) {
            throw new EJBAccessException("Find a provider is for indirect resellers");
        }
        return caller;
    }

    private static boolean isFinder(Caller caller) {
        return caller.organizationKind() == OrganizationKind.RESELLER || caller.isStaff();
    }

    /**
     * The joins and WHERE clause for the filters actually given. Derby cannot type "? is null", so an absent
     * filter leaves its condition out rather than binding a null. The service's column name comes from the
     * enum, never from the request. (The flag columns are 0/1 SMALLINTs: EclipseLink binds
     * {@code true} as 1, which Derby would not compare with a BOOLEAN column.)
     */
    private record Filter(
            String pattern, String patternClause, boolean onlyVisible, String countryCode, ProviderService service) {

        static Filter forStaff(PageRequest request) {
            return new Filter(PageQueries.filterPattern(request), STAFF_FILTER, false, null, null);
        }

        static Filter forFinders(PageRequest request, String countryCode, ProviderService service) {
            String country = countryCode == null || countryCode.isBlank()
                    ? null
                    : countryCode.trim().toUpperCase(Locale.ROOT);
            return new Filter(PageQueries.filterPattern(request), FIND_FILTER, true, country, service);
        }

        String joins() {
            return countryCode == null ? "" : " join l.countryCodes c";
        }

        String clause() {
            List<String> conditions = new ArrayList<>();
            if (onlyVisible) {
                conditions.add("l.published = true and o.status = :active");
            }
            if (pattern != null) {
                conditions.add(patternClause);
            }
            if (countryCode != null) {
                conditions.add("c = :country");
            }
            if (service != null) {
                conditions.add("l." + service.attribute() + " = true");
            }
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (onlyVisible) {
                query.setParameter("active", OrganizationStatus.ACTIVE);
            }
            if (pattern != null) {
                query.setParameter("pattern", pattern);
            }
            if (countryCode != null) {
                query.setParameter("country", countryCode);
            }
            return query;
        }
    }
}
