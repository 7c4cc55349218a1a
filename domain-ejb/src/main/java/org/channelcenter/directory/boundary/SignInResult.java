package org.channelcenter.directory.boundary;

import java.io.Serializable;
import java.util.Set;

/** The answer to a sign-in attempt: who signed in with which roles, or why not. */
public record SignInResult(Outcome outcome, String loginName, Set<String> roles) implements Serializable {

    public enum Outcome {
        SUCCEEDED,
        INVALID_CREDENTIALS,
        LOCKED,
        /** Too many refusals from the client's address lately: no password was checked. */
        THROTTLED
    }

    public static SignInResult refused(Outcome why) {
        return new SignInResult(why, null, Set.of());
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
