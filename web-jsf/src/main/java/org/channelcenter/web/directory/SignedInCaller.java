package org.channelcenter.web.directory;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on this HTTP session, with the roles the sign-in gave them and the token of that sign-in (see
 * {@link SessionSignIn}): kept in the session, so that it goes wherever the session goes (with
 * {@code cc.sessions=database}, to every server over the same database).
 */
public record SignedInCaller(String name, Set<String> roles, String token) implements Serializable {

    private static final long serialVersionUID = 2L;

    public SignedInCaller {
        roles = Set.copyOf(roles);
    }

    /** Without the token, which signs the browser in and so has no place in a log. */
    @Override
    public String toString() {
        return "SignedInCaller[" + name + ", " + roles + "]";
    }
}
