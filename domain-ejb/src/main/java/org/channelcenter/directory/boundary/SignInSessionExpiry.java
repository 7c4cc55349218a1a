package org.channelcenter.directory.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelcenter.directory.control.SignInSessions;

/**
 * Deletes the sign-ins that ended without a sign-out (idle, or past their end), every ten minutes on every server
 * (the delete is the same whoever runs it), so that browsers closed without signing out do not pile up.
 */
@Singleton
// the delete commits on its own (SignInSessions#forgetEnded), so a failure is caught here and the schedule goes on
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInSessionExpiry {

    private static final Logger LOG = Logger.getLogger(SignInSessionExpiry.class.getName());

    @Inject
    SignInSessions sessions;

    @Schedule(minute = "5/10", hour = "*", persistent = false)
    void forgetEnded() {
        try {
            int forgotten = sessions.forgetEnded(Instant.now());
            LOG.fine(() -> "Forgot " + forgotten + " ended sign-ins.");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forgetting ended sign-ins failed; the next run will try again.", e);
        }
    }
}
