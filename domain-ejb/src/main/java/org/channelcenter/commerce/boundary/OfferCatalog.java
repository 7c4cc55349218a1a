package org.channelcenter.commerce.boundary;

import static org.channelcenter.commerce.entity.OfferRefusedException.Reason.CURRENCY_UNKNOWN;
import static org.channelcenter.commerce.entity.OfferRefusedException.Reason.NAME_TAKEN;
import static org.channelcenter.commerce.entity.OfferRefusedException.Reason.OFFER_NOT_FOUND;
import static org.channelcenter.commerce.entity.OfferRefusedException.Reason.QUANTITY_RANGE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.commerce.entity.Offer;
import org.channelcenter.commerce.entity.OfferRefusedException;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.kernel.entity.Role;

/**
 * The offer catalog (SPEC §7), kept by operator staff: list (paged, sorted and filtered by name in the
 * database, inactive offers on request), create, revise and switch offers on and off. Every change is made
 * on the version staff saw and audited. Names are unique ignoring case; the database's unique constraint
 * settles a race between two staff members. Anyone but active operator staff is refused with an
 * {@link EJBAccessException}, whatever the pages show.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class OfferCatalog {

    /** Sortable columns, by the names the table uses; anything else sorts by name. */
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "o.name",
            "billingCycle", "o.billingCycle",
            "unitPrice", "o.unitPrice",
            "active", "o.active");

    private static final String ROW = "select new org.channelcenter.commerce.boundary.OfferRow(o.id, o.name,"
            + " o.description, o.billingCycle, o.unitPrice, o.currency, o.minQuantity, o.maxQuantity, o.active,"
            + " o.version) from Offer o";

    /**
     * offer.active is a Derby BOOLEAN, and EclipseLink binds {@code true} as the integer 1, which Derby will not
     * compare with a BOOLEAN ("o.active = true" fails). The flag is read as 0/1 in SQL instead.
     */
    private static final String ACTIVE_ONLY = "sql('CASE WHEN ? THEN 1 ELSE 0 END', o.active) = 1";

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    /** How many offers match the name filter (case-insensitive, part of the name); inactive ones on request. */
    public long count(String nameFilter, boolean includeInactive) {
        requireStaff();
        PageRequest request = new PageRequest(0, 1, null, true, nameFilter);
        return PageQueries.bindFilter(
                        request,
                        em.createQuery("select count(o) from Offer o" + where(request, includeInactive), Long.class))
                .getSingleResult();
    }

    /** One page of the offers {@link #count} counts, by name unless sorted otherwise. */
    public List<OfferRow> find(@NotNull PageRequest request, boolean includeInactive) {
        requireStaff();
        String order = PageQueries.orderBy(request, SORTABLE, "o.name asc") + ", o.id asc";
        return PageQueries.bindFilter(
                        request,
                        em.createQuery(ROW + where(request, includeInactive) + " order by " + order, OfferRow.class))
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
    }

    /** A new, active offer. Refused as {@link OfferRefusedException} (NAME_TAKEN, CURRENCY_UNKNOWN, QUANTITY_RANGE). */
    public OfferRow create(@NotNull @Valid OfferDetails details) {
        requireStaff();
        requireConsistent(details);
        requireFreeName(details.getName().strip(), null);
        Offer offer = new Offer(
                details.getName().strip(),
                details.descriptionOrNull(),
                details.getBillingCycle(),
                details.getUnitPrice(),
                details.getCurrency(),
                details.getMinQuantity(),
                details.getMaxQuantity());
        em.persist(offer);
        flush(offer, "new offer");
        audit.record(AuditAction.OFFER_CREATED, target(offer), offer.describe());
        return row(offer);
    }

    /** Replaces the offer's terms, on the version staff saw ({@link ConcurrentChangeException} if not). */
    public OfferRow update(long offerId, long expectedVersion, @NotNull @Valid OfferDetails details) {
        requireStaff();
        Offer offer = offerSeenAt(offerId, expectedVersion);
        requireConsistent(details);
        requireFreeName(details.getName().strip(), offerId);
        String before = offer.describe();
        if (offer.revise(
                details.getName().strip(),
                details.descriptionOrNull(),
                details.getBillingCycle(),
                details.getUnitPrice(),
                details.getCurrency(),
                details.getMinQuantity(),
                details.getMaxQuantity())) {
            flush(offer, "offer " + offerId);
            audit.record(AuditAction.OFFER_UPDATED, target(offer), before + " -> " + offer.describe());
        }
        return row(offer);
    }

    /** Makes the offer orderable again. */
    public OfferRow activate(long offerId, long expectedVersion) {
        requireStaff();
        Offer offer = offerSeenAt(offerId, expectedVersion);
        if (offer.activate()) {
            flush(offer, "offer " + offerId);
            audit.record(AuditAction.OFFER_ACTIVATED, target(offer), null);
        }
        return row(offer);
    }

    /** Takes the offer out of new orders; existing orders and subscriptions keep referring to it. */
    public OfferRow deactivate(long offerId, long expectedVersion) {
        requireStaff();
        Offer offer = offerSeenAt(offerId, expectedVersion);
        if (offer.deactivate()) {
            flush(offer, "offer " + offerId);
            audit.record(AuditAction.OFFER_DEACTIVATED, target(offer), null);
        }
        return row(offer);
    }

    private static void requireConsistent(OfferDetails details) {
        if (details.getMaxQuantity() < details.getMinQuantity()) {
            throw new OfferRefusedException(QUANTITY_RANGE);
        }
        try {
            Currency.getInstance(details.getCurrency());
        } catch (IllegalArgumentException unknown) {
            throw new OfferRefusedException(CURRENCY_UNKNOWN, unknown);
        }
    }

    /** Asked first so the usual case gets its message without a failed insert; the constraint settles races. */
    private void requireFreeName(String name, Long exceptOfferId) {
        List<Long> holders = em.createQuery("select o.id from Offer o where lower(o.name) = :name", Long.class)
                .setParameter("name", name.toLowerCase(java.util.Locale.ROOT))
                .getResultList();
        if (holders.stream().anyMatch(id -> !id.equals(exceptOfferId))) {
            throw new OfferRefusedException(NAME_TAKEN);
        }
    }

    private Offer offerSeenAt(long offerId, long expectedVersion) {
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null) {
            throw new OfferRefusedException(OFFER_NOT_FOUND);
        }
        ConcurrentChangeException.requireVersion(expectedVersion, offer.getVersion(), "offer " + offerId);
        return offer;
    }

    /**
     * Writes now, so a lost optimistic-locking race is a {@link ConcurrentChangeException} and a name another
     * staff member took a moment ago (the unique constraint) is NAME_TAKEN, both here rather than at commit.
     */
    private void flush(Offer offer, String what) {
        Writes.flushOr(em, what, e -> new OfferRefusedException(NAME_TAKEN, e));
    }

    private static String where(PageRequest request, boolean includeInactive) {
        List<String> conditions = new ArrayList<>();
        if (!includeInactive) {
            conditions.add(ACTIVE_ONLY);
        }
        // Derby cannot type "? is null", so the name condition is there only when there is a filter
        if (PageQueries.filterPattern(request) != null) {
            conditions.add("lower(o.name) like :pattern escape '\\'");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static OfferRow row(Offer offer) {
        return new OfferRow(
                offer.getId(),
                offer.getName(),
                offer.getDescription(),
                offer.getBillingCycle(),
                offer.getUnitPrice(),
                offer.getCurrency(),
                offer.getMinQuantity(),
                offer.getMaxQuantity(),
                offer.isActive(),
                offer.getVersion());
    }

    private static String target(Offer offer) {
        return "offer " + offer.getId() + " (" + offer.getName() + ")";
    }

    /** The role alone is not enough: only staff of the operator keep the catalog. */
    private void requireStaff() {
        if (!currentCaller.require().isStaff()) {
            throw new EJBAccessException("the offer catalog is kept by operator staff");
        }
    }
}
