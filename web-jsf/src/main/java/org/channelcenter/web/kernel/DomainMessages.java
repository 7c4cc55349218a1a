package org.channelcenter.web.kernel;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.KernelRefusal;
import org.channelcenter.web.i18n.Messages;

/**
 * The one place where a domain refusal becomes words: each {@link DomainException}'s reason names its message
 * key in the {@code msg} bundle. Request-scoped: view-scoped page beans hold only its proxy, and each
 * request gets the messages of its own Faces context.
 * <p>
 * View beans call a boundary command through {@link #attempt(Command, String)} (or {@link #attempt(Command)} with
 * field-specific refusals) instead of repeating {@code try/catch (DomainException | EJBException)}:
 * <pre>{@code
 * messages.attempt(() -> {
 *     UserRow added = users.add(...);
 *     messages.info("users.added", added.loginName());   // success only
 * }).refusalAt(UserNameTakenException.class, "addUserForm:userName")
 *   .invalidAt("addUserForm:email", "users.email.invalid")
 *   .showingAt(null);                                     // true when it succeeded
 * }</pre>
 */
@RequestScoped
public class DomainMessages {

    static final String CONCURRENT_CHANGE = KernelRefusal.CONCURRENT_CHANGE.messageKey();

    /** A boundary's Bean Validation refused what the page let through, and the page named no field for it. */
    static final String INVALID_INPUT = "form.invalid";

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    /** A call to a boundary whose refusal the page shows. */
    @FunctionalInterface
    public interface Command {
        void run();
    }

    /**
     * Runs the command; a refusal, and a change that lost an optimistic-locking race at commit, is shown at
     * {@code clientId} (null: at the top) and marks the request failed, so a dialog stays open. Any other failure
     * is rethrown. Whether the command succeeded.
     */
    public boolean attempt(Command command, String clientId) {
        return attempt(command).showingAt(clientId);
    }

    /** The command, to say where some refusals go before it runs ({@link Attempt#showingAt}). */
    public Attempt attempt(Command command) {
        return new Attempt(command);
    }

    /** A boundary command and where its refusals are shown. */
    public final class Attempt {

        private final Command command;
        private final List<FieldRule<?>> fields = new ArrayList<>();
        private String invalidClientId;
        private String invalidKey;

        private Attempt(Command command) {
            this.command = command;
        }

        /** Refusals of that type are shown at {@code clientId} rather than where {@link #showingAt} says. */
        public <E extends DomainException> Attempt refusalAt(Class<E> type, String clientId) {
            return refusalAt(type, refusal -> clientId);
        }

        /**
         * Refusals of that type are shown where {@code clientIdOf} says, e.g. at the field its reason concerns (null:
         * where {@link #showingAt} says).
         */
        public <E extends DomainException> Attempt refusalAt(Class<E> type, Function<E, String> clientIdOf) {
            fields.add(new FieldRule<>(type, clientIdOf));
            return this;
        }

        /**
         * The boundary's Bean Validation refusing an argument the page's own checks let through (they are the first
         * line, the boundary the last) is shown at {@code clientId} with the page's {@code key}.
         */
        public Attempt invalidAt(String clientId, String key) {
            invalidClientId = clientId;
            invalidKey = key;
            return this;
        }

        /** Runs the command; every other refusal goes to {@code clientId} (null: the top). Whether it succeeded. */
        public boolean showingAt(String clientId) {
            try {
                command.run();
                return true;
            } catch (DomainException refusal) {
                show(
                        refusal,
                        fields.stream()
                                .filter(field -> field.type().isInstance(refusal))
                                .findFirst()
                                .map(field -> field.clientIdFor(refusal))
                                .orElse(clientId));
            } catch (EJBException failure) {
                if (causedBy(failure, OptimisticLockException.class)) {
                    errorAt(clientId, CONCURRENT_CHANGE);
                } else if (invalidKey != null && causedBy(failure, ConstraintViolationException.class)) {
                    errorAt(invalidClientId, invalidKey);
                } else if (causedBy(failure, ConstraintViolationException.class)) {
                    // The page's checks mirror the boundary's rules, so only a request no page sends gets here
                    // (a field left out of the post): refused as a whole, nothing was written.
                    errorAt(clientId, INVALID_INPUT);
                } else {
                    throw failure;
                }
            } catch (ConstraintViolationException invalid) {
                errorAt(
                        invalidKey != null ? invalidClientId : clientId,
                        invalidKey != null ? invalidKey : INVALID_INPUT);
            }
            return false;
        }
    }

    /** Where refusals of one type are shown. */
    private record FieldRule<E extends DomainException>(Class<E> type, Function<E, String> clientIdOf) {

        String clientIdFor(DomainException refusal) {
            return clientIdOf.apply(type.cast(refusal));
        }
    }

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
