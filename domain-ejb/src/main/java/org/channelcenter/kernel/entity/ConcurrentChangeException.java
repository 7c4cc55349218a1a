package org.channelcenter.kernel.entity;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the record between the moment the user saw it and the moment they changed it
 * (optimistic locking, {@code @Version}); the user should reload and decide again.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String what) {
        super(KernelRefusal.CONCURRENT_CHANGE, what + " was changed by someone else");
    }

    public ConcurrentChangeException(String what, Throwable cause) {
        super(KernelRefusal.CONCURRENT_CHANGE, what + " was changed by someone else", cause);
    }

    /** Refuses a change made on a stale copy: the user saw {@code expected}, the record is at {@code actual}. */
    public static void requireVersion(long expected, long actual, String what) {
        if (expected != actual) {
            throw new ConcurrentChangeException(what);
        }
    }
}
