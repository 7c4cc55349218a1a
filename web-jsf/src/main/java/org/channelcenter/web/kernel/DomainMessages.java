package org.channelcenter.web.kernel;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.channelcenter.commerce.entity.OfferRefusedException;
import org.channelcenter.directory.boundary.UserNameTakenException;
import org.channelcenter.directory.boundary.UserNotInOrganizationException;
import org.channelcenter.directory.entity.LastAdminException;
import org.channelcenter.commerce.entity.CommerceRefusedException;
import org.channelcenter.commerce.entity.LicenseRefusedException;
import org.channelcenter.customer.entity.CustomerUserRefusedException;
import org.channelcenter.customer.entity.CustomerRefusedException;
import org.channelcenter.directory.entity.PasswordSetupRefusedException;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.partnership.entity.PartnershipRefusedException;
import org.channelcenter.partnership.entity.ProviderListingRefusedException;
import org.channelcenter.web.i18n.Messages;

/**
 * The one place where a domain refusal becomes words: each {@link DomainException} type has its message
 * key in the {@code msg} bundle. Request-scoped: view-scoped page beans hold only its proxy, and each
 * request gets the messages of its own Faces context.
 */
@RequestScoped
public class DomainMessages {

    static final String CONCURRENT_CHANGE = "error.concurrentChange";

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    /** The bundle key that explains this refusal to the user. */
    public String keyFor(DomainException refusal) {
        if (refusal instanceof LastAdminException) {
            return "users.error.lastAdmin";
        }
        if (refusal instanceof UserNameTakenException) {
            return "users.error.userNameTaken";
        }
        if (refusal instanceof UserNotInOrganizationException) {
            return "users.error.notInOrganization";
        }
        if (refusal instanceof ConcurrentChangeException) {
            return CONCURRENT_CHANGE;
        }
        if (refusal instanceof PasswordSetupRefusedException setup) {
            return "setPassword.refused." + setup.reason().name();
        }
        if (refusal instanceof EnrollmentRefusedException enrollment) {
            return enrollmentKey(enrollment.reason());
        }
        if (refusal instanceof PartnershipRefusedException partnership) {
            return "partnership.refused." + partnership.reason().name();
        }
        if (refusal instanceof CustomerRefusedException customer) {
            return "customer.refused." + customer.reason().name();
        }
        if (refusal instanceof CommerceRefusedException commerce) {
            return "commerce.refused." + commerce.reason().name();
        }
        if (refusal instanceof ProviderListingRefusedException listing) {
            return "listings.refused." + listing.reason().name();
        }
        if (refusal instanceof OfferRefusedException offer) {
            return "offers.refused." + offer.reason().name();
        }
        if (refusal instanceof CustomerUserRefusedException customerUser) {
            return "customerUsers.refused." + customerUser.reason().name();
        }
        if (refusal instanceof LicenseRefusedException license) {
            return "licenses.refused." + license.reason().name();
        }
        return "error.500.text";
    }

    /** What the refusal's message names, e.g. how many licenses a full subscription has; mostly nothing. */
    public static Object[] argumentsFor(DomainException refusal) {
        if (refusal instanceof LicenseRefusedException license
                && license.reason() == LicenseRefusedException.Reason.ALL_ASSIGNED) {
            return new Object[] {license.quantity()};
        }
        return new Object[0];
    }

    /** The refusal's message in the user's language. */
    public String textFor(DomainException refusal) {
        return messages.text(keyFor(refusal), argumentsFor(refusal));
    }

    /** The bundle key of an enrollment refusal, also used to explain why a profile cannot be chosen. */
    public static String enrollmentKey(EnrollmentRefusedException.Reason reason) {
        return "enrollment.refused." + reason.name();
    }

    /**
     * Shows the refusal next to the component with that client id (null: at the top of the page) and marks
     * the request as failed, so dialogs stay open and nothing looks done.
     */
    public void show(DomainException refusal, String clientId) {
        messages.errorAt(clientId, keyFor(refusal), argumentsFor(refusal));
        faces.validationFailed();
    }

    /**
     * A change that lost an optimistic-locking race at commit reaches the page as a rolled-back EJB call,
     * not as a typed refusal; it means the same thing to the user. Anything else is rethrown.
     */
    public void showConcurrentChangeOrRethrow(EJBException failure, String clientId) {
        if (!causedBy(failure, OptimisticLockException.class)) {
            throw failure;
        }
        errorAt(clientId, CONCURRENT_CHANGE);
    }

    /**
     * A boundary's Bean Validation refused an argument the page's own checks let through (they are the first
     * line, the boundary the last): the field gets the page's message for it. Anything else is rethrown.
     */
    public void showInvalidOrRethrow(EJBException failure, String clientId, String key) {
        if (!causedBy(failure, ConstraintViolationException.class)) {
            throw failure;
        }
        errorAt(clientId, key);
    }

    /**
     * A change that can fail both ways: a lost race at the top ({@code null}) or where {@code clientId} says,
     * invalid input at the field {@code invalidClientId} with the page's {@code key}. Anything else is rethrown.
     */
    public void showConcurrentChangeOrInvalidOrRethrow(EJBException failure, String clientId, String invalidClientId,
                                                       String key) {
        if (causedBy(failure, OptimisticLockException.class)) {
            errorAt(clientId, CONCURRENT_CHANGE);
        } else {
            showInvalidOrRethrow(failure, invalidClientId, key);
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    public void errorAt(String clientId, String key, Object... arguments) {
        messages.errorAt(clientId, key, arguments);
        faces.validationFailed();
    }

    public void info(String key, Object... arguments) {
        messages.info(key, arguments);
    }

    public String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }
}
