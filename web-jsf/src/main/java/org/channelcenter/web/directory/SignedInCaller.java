package org.channelcenter.web.directory;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on this HTTP session, with the roles the sign-in gave them: kept in the session, so that it goes
 * wherever the session goes (with {@code cc.sessions=database}, to every server over the same database).
 */
public record SignedInCaller(String name, Set<String> roles) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SignedInCaller {
        roles = Set.copyOf(roles);
    }
}
