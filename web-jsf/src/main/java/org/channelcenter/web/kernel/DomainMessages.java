package org.channelcenter.web.kernel;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.KernelRefusal;
import org.channelcenter.web.i18n.Messages;

/**
 * The one place where a domain refusal becomes words: each {@link DomainException} type has its message
 * key in the {@code msg} bundle. Request-scoped: view-scoped page beans hold only its proxy, and each
 * request gets the messages of its own Faces context.
 */
@RequestScoped
public class DomainMessages {

    static final String CONCURRENT_CHANGE = KernelRefusal.CONCURRENT_CHANGE.messageKey();

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    /** The bundle key that explains this refusal to the user: its reason names it. */
    public String keyFor(DomainException refusal) {
        return refusal.reason().messageKey();
    }

    /** The refusal's message in the user's language. */
    public String textFor(DomainException refusal) {
        return messages.text(keyFor(refusal), refusal.messageArguments());
    }

    /**
     * Shows the refusal next to the component with that client id (null: at the top of the page) and marks
     * the request as failed, so dialogs stay open and nothing looks done.
     */
    public void show(DomainException refusal, String clientId) {
        messages.errorAt(clientId, keyFor(refusal), refusal.messageArguments());
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
