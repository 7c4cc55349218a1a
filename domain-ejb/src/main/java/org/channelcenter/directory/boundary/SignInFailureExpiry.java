package org.channelcenter.directory.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelcenter.directory.control.SignInFailures;

/**
 * Forgets refused sign-ins that no lock or throttle reads any more, every ten minutes on every server (the delete is
 * the same whoever runs it), so that a flood of guesses does not leave the table growing for ever.
 */
@Singleton
// the delete commits on its own (SignInFailures#forgetExpired), so a failure is caught here and the schedule goes on
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInFailureExpiry {

    private static final Logger LOG = Logger.getLogger(SignInFailureExpiry.class.getName());

    @Inject
    SignInFailures signInFailures;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void forgetExpired() {
        try {
            int forgotten = signInFailures.forgetExpired(Instant.now());
            LOG.fine(() -> "Forgot " + forgotten + " expired sign-in failures.");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forgetting expired sign-in failures failed; the next run will try again.", e);
        }
    }
}
