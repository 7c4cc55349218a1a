package org.channelcenter.kernel.entity;

/**
 * The one rule for an email address, for the boundaries' Bean Validation ({@code @Pattern(regexp = PATTERN)}) and
 * the pages' field checks alike ({@code #{InputPatterns.EMAIL}}): an address a page lets through is never refused
 * by the boundary behind it, so a refusal always appears at the field. Plain ASCII dot-atoms: a local part of at
 * most 64 characters without leading, trailing or doubled dots; a domain of at most 255 characters whose labels
 * start and end with a letter or digit and whose last label is letters only ({@code typo@example..com} and
 * {@code name@example} are refused).
 */
public final class EmailAddresses {

    public static final String PATTERN =
            "(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?=[^@]{1,255}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}";

    private EmailAddresses() {}

    /** Whether the text is an address by {@link #PATTERN}. */
    public static boolean isValid(String address) {
        return address != null && address.matches(PATTERN);
    }
}
