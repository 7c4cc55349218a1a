package org.channelcenter.commerce.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.channelcenter.commerce.entity.LicenseAssignment;
import org.channelcenter.commerce.entity.LicenseRefusedException;
import org.channelcenter.commerce.entity.LicenseRefusedException.Reason;
import org.channelcenter.commerce.entity.Subscription;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.control.Counters;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.InstantConverter;

/**
 * The seats of a subscription: its {@code assigned} counter, kept in the database next to its quantity.
 * <p>
 * A seat is taken with one conditional UPDATE ({@code assigned = assigned + 1 WHERE assigned < quantity AND
 * status = 'ACTIVE'}) rather than by reading the counter and writing it back, and rather than a pessimistic
 * lock taken when the subscription is read: the statement both checks and takes the seat under the row's
 * exclusive lock, which Derby holds until commit, so of two transactions racing for the last seat (under
 * READ_COMMITTED) the second waits for the first and then finds no free seat; no lock is held while the rest
 * of the request reads. Should anything still try to go past the quantity, the table's CHECK
 * ({@code assigned <= quantity}) refuses it, and that is told as the same refusal.
 * <p>
 * Every write here first takes the counter rows of the subscription's provider and reseller ({@link
 * Counters#holdFor}), which the subscription's counter trigger updates anyway: orders and subscription changes take
 * them first too, so that two of them racing for one subscription queue on those rows instead of each holding what
 * the other waits for (a seat taken while an order added licenses to the same subscription was a deadlock).
 */
@Dependent
public class LicenseSeats {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    Counters counters;

    /**
     * Takes one free license of the subscription for the current transaction, or refuses: with
     * {@link Reason#ALL_ASSIGNED} (naming the quantity) when every license is assigned, with
     * {@link Reason#SUBSCRIPTION_NOT_ACTIVE} when it was suspended or cancelled meanwhile.
     */
    public void take(Subscription subscription) {
        holdCounters(subscription);
        // the CHECK (assigned <= quantity) is the last line, should the condition here ever be bypassed
        int updated = Writes.attempt(
                () -> em.createNativeQuery("update subscription set assigned = assigned + 1"
                                + " where id = ? and assigned < quantity and status = 'ACTIVE'")
                        .setParameter(1, subscription.getId())
                        .executeUpdate(),
                "the subscription",
                e -> LicenseRefusedException.allAssigned(subscription.getQuantity()));
        if (updated == 1) {
            return;
        }
        Object[] now = (Object[]) em.createNativeQuery("select quantity, status from subscription where id = ?")
                .setParameter(1, subscription.getId())
                .getSingleResult();
        if (!"ACTIVE".equals(now[1])) {
            throw new LicenseRefusedException(Reason.SUBSCRIPTION_NOT_ACTIVE);
        }
        throw LicenseRefusedException.allAssigned(((Number) now[0]).intValue());
    }

    /**
     * Unassigns the license and gives its seat back. The assignment is written first, on the version read, so
     * that of two people unassigning the same license only one gives a seat back.
     */
    public void release(LicenseAssignment assignment, String byLogin, Instant now) {
        holdCounters(assignment.getSubscription());
        assignment.unassign(byLogin, now);
        Writes.flush(em, "the license assignment");
        em.createNativeQuery("update subscription set assigned = assigned - 1 where id = ? and assigned > 0")
                .setParameter(1, assignment.getSubscription().getId())
                .executeUpdate();
    }

    /**
     * Frees every license of the subscription at once (it was cancelled): one bulk UPDATE of the open assignments
     * (each keeps its history, as an unassignment would) and the counter back to 0, however many there are.
     * Returns how many were freed.
     */
    public int releaseAllOf(Subscription subscription, String byLogin, Instant now) {
        holdCounters(subscription);
        // native, with the timestamp as InstantConverter stores it (a JPQL bulk update would bind the Instant raw)
        int freed = em.createNativeQuery(
                        "update license_assignment set active_key = null, unassigned_at = ?,"
                                + " unassigned_by = ?, version = version + 1 where subscription_id = ? and active_key is not null")
                .setParameter(1, InstantConverter.toColumn(now))
                .setParameter(2, byLogin)
                .setParameter(3, subscription.getId())
                .executeUpdate();
        em.createNativeQuery("update subscription set assigned = 0 where id = ?")
                .setParameter(1, subscription.getId())
                .executeUpdate();
        return freed;
    }

    /** Frees every license the user holds (e.g. when the user is deactivated); the licenses freed. */
    public List<LicenseAssignment> releaseAll(UserAccount user, String byLogin, Instant now) {
        List<LicenseAssignment> held = em.createNamedQuery(LicenseAssignment.OPEN_OF_USER, LicenseAssignment.class)
                .setParameter("user", user.getId())
                .getResultList();
        // the counter rows of every partner concerned at once (one statement, in key order), before any of them
        counters.holdFor(held.stream()
                .map(LicenseAssignment::getSubscription)
                .flatMap(subscription -> Stream.of(
                        subscription.getProvider().getId(),
                        subscription.getReseller().getId()))
                .mapToLong(Long::longValue)
                .distinct()
                .toArray());
        for (LicenseAssignment assignment : held) {
            release(assignment, byLogin, now);
        }
        return held;
    }

    /** The counter rows of the subscription's provider and reseller, for the rest of the transaction. */
    public void holdCounters(Subscription subscription) {
        counters.holdFor(
                subscription.getProvider().getId(), subscription.getReseller().getId());
    }
}
