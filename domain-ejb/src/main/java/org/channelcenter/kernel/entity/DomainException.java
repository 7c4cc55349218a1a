package org.channelcenter.kernel.entity;

/**
 * A business rule refused what a user asked for. Boundaries let these through to the web tier unwrapped
 * (each subclass is an EJB application exception and says whether the transaction rolls back), where
 * one class turns each kind into a localized message. Never used for programming errors.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }

    protected DomainException(String message, Throwable cause) {
        super(message, cause);
    }
}
