package org.channelcenter.web.kernel;

import org.channelcenter.directory.boundary.NewUser;
import org.channelcenter.kernel.entity.EmailAddresses;

/**
 * The patterns the pages check fields against before a boundary sees them, for {@code o:importConstants}
 * ({@code #{InputPatterns.USER_NAME}}): one copy each, the user name's being the domain's own.
 */
public final class InputPatterns {

    /** A user name without its {@code @domain}, as the directory accepts it. */
    public static final String USER_NAME = NewUser.USER_NAME_PATTERN;

    /** An email address as the boundaries accept it: the domain's one rule, so the page never lets through one they refuse. */
    public static final String EMAIL = EmailAddresses.PATTERN;

    private InputPatterns() {}
}
