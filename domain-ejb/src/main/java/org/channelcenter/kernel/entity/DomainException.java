package org.channelcenter.kernel.entity;

import java.util.List;

/**
 * A business rule refused what a user asked for, for a {@link RefusalReason} that names its message. Boundaries
 * let these through to the web tier unwrapped (each subclass is an EJB application exception and says whether
 * the transaction rolls back). Never used for programming errors.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RefusalReason reason;
    private final List<Object> arguments;

    protected DomainException(RefusalReason reason, String detail, Throwable cause, Object... arguments) {
        super(detail, cause);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    protected DomainException(RefusalReason reason, String detail) {
        this(reason, detail, null);
    }

    protected DomainException(RefusalReason reason) {
        this(reason, reason.toString(), null);
    }

    /** Why: names the message shown to the user. */
    public RefusalReason reason() {
        return reason;
    }

    /** What the message names, e.g. how many licenses a full subscription has; mostly nothing. */
    public Object[] messageArguments() {
        return arguments.toArray();
    }
}
