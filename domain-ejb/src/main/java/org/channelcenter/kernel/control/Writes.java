package org.channelcenter.kernel.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.kernel.entity.IntegrityViolations;

/**
 * The one rule for what a failed write means, used by every boundary that writes now (a flush, a bulk update)
 * rather than at commit: a lost optimistic-locking race is a {@link ConcurrentChangeException} (or the refusal
 * the caller names for it), a broken constraint (SQLState class 23, see {@link IntegrityViolations}) is the
 * refusal the caller declares for it, and every other database failure (a lock timeout, a deadlock, a lost
 * connection) stays the fault it is, so that it is never told to a user as "already taken".
 * <p>
 * Usage: {@code Writes.flush(em, "offer 7")} where only a lost race is expected;
 * {@code Writes.flushOr(em, "offer 7", e -> new OfferRefusedException(NAME_TAKEN, e))} where a unique key may lose
 * a race too; {@link #attempt} around a statement other than a flush ({@code em.persist}, {@code executeUpdate}).
 */
public final class Writes {

    private Writes() {}

    /** Writes pending changes now; a lost optimistic-locking race on {@code what} is a concurrent change. */
    public static void flush(EntityManager em, String what) {
        flushOr(em, what, null);
    }

    /**
     * Writes pending changes now: a lost race on {@code what} is a concurrent change, a broken constraint is
     * {@code refusalIfConstraintBroken}'s refusal (given the failure, as its cause), every other failure a fault.
     */
    public static void flushOr(
            EntityManager em,
            String what,
            Function<PersistenceException, ? extends RuntimeException> refusalIfConstraintBroken) {
        attempt(
                () -> {
                    em.flush();
                    return null;
                },
                lostRace(what),
                brokenConstraint(refusalIfConstraintBroken));
    }

    /**
     * Writes pending changes now, where a lost optimistic-locking race means a refusal of its own (e.g. "the link
     * was used a moment ago"): {@code refusalIfRaceLost}; a broken constraint is {@code refusalIfConstraintBroken}.
     */
    public static void flushOr(
            EntityManager em,
            Function<PersistenceException, ? extends RuntimeException> refusalIfRaceLost,
            Function<PersistenceException, ? extends RuntimeException> refusalIfConstraintBroken) {
        attempt(
                () -> {
                    em.flush();
                    return null;
                },
                refusalIfRaceLost,
                brokenConstraint(refusalIfConstraintBroken));
    }

    /**
     * Runs a write and gives its result. If it fails: a lost race becomes {@code ifRaceLost}'s exception, a broken
     * constraint {@code ifConstraintBroken}'s (it may look at the failure, e.g. for the constraint's name, and
     * return the failure itself when the constraint is not one it can explain); anything else is rethrown as is.
     */
    public static <T> T attempt(
            Supplier<T> write,
            Function<PersistenceException, ? extends RuntimeException> ifRaceLost,
            Function<PersistenceException, ? extends RuntimeException> ifConstraintBroken) {
        try {
            return write.get();
        } catch (PersistenceException failure) {
            throw meaning(failure, ifRaceLost, ifConstraintBroken);
        }
    }

    /** A write where a lost race on {@code what} is a concurrent change and a broken constraint the given refusal. */
    public static <T> T attempt(
            Supplier<T> write,
            String what,
            Function<PersistenceException, ? extends RuntimeException> refusalIfConstraintBroken) {
        return attempt(write, lostRace(what), brokenConstraint(refusalIfConstraintBroken));
    }

    /** What a failed write means (see the class comment); the failure itself when it is a fault. */
    static RuntimeException meaning(
            PersistenceException failure,
            Function<PersistenceException, ? extends RuntimeException> ifRaceLost,
            Function<PersistenceException, ? extends RuntimeException> ifConstraintBroken) {
        if (causedBy(failure, OptimisticLockException.class)) {
            return ifRaceLost.apply(failure);
        }
        if (IntegrityViolations.causedBy(failure)) {
            return ifConstraintBroken.apply(failure);
        }
        return failure;
    }

    private static Function<PersistenceException, RuntimeException> lostRace(String what) {
        return failure -> new ConcurrentChangeException(what, failure);
    }

    /** The declared refusal, or none (null): then a broken constraint is a fault like any other. */
    private static Function<PersistenceException, ? extends RuntimeException> brokenConstraint(
            Function<PersistenceException, ? extends RuntimeException> refusal) {
        return refusal == null ? failure -> failure : refusal;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
