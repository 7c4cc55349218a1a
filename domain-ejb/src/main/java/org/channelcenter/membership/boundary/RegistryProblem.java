package org.channelcenter.membership.boundary;

import org.channelcenter.kernel.entity.RefusalReason;

/**
 * Why the registry refused an input, and at which field. The web tier shows each one's message
 * ({@code registry.problem.<name>}) next to that field; the CSV import reports them per row.
 */
public enum RegistryProblem implements RefusalReason {
    USER_NAME_INVALID("userName"),
    USER_NAME_TAKEN("userName"),
    PASSWORD_REQUIRED("password"),
    PASSWORD_INVALID("password"),
    NETWORK_ID_INVALID("networkId"),
    NETWORK_ID_TAKEN("networkId"),
    LEGAL_NAME_INVALID("legalName"),
    COUNTRY_INVALID("countryCode"),
    STATUS_INVALID("status"),
    /** The profile or account changed (or vanished) since the form was opened. */
    CHANGED_MEANWHILE(null),
    NOT_FOUND(null),
    /** A CSV row that passed every check but could not be written (logged on the server). */
    ROW_NOT_SAVED(null),
    /** A CSV row with more or fewer cells than the header. */
    ROW_MALFORMED(null),
    /** The first line is not {@code userName,password,networkId,legalName,countryCode,status}. */
    FILE_HEADER_INVALID(null),
    FILE_UNREADABLE(null),
    FILE_EMPTY(null),
    FILE_TOO_LARGE(null);

    private final String field;

    RegistryProblem(String field) {
        this.field = field;
    }

    @Override
    public String messageKey() {
        return "registry.problem." + name();
    }

    /** The input the problem belongs to (a form field / CSV column name), or null for the whole form. */
    public String field() {
        return field;
    }
}
