package org.channelcenter.web.kernel;

import org.channelcenter.directory.boundary.NewUser;

/**
 * The patterns the pages check fields against before a boundary sees them, for {@code o:importConstants}
 * ({@code #{InputPatterns.USER_NAME}}): one copy each, the user name's being the domain's own.
 */
public final class InputPatterns {

    /** A user name without its {@code @domain}, as the directory accepts it. */
    public static final String USER_NAME = NewUser.USER_NAME_PATTERN;

    /**
     * Something that looks like an email address. Deliberately loose: the boundary's Bean Validation is the last
     * line, and the page shows its refusal at the field too.
     */
    public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private InputPatterns() {}
}
