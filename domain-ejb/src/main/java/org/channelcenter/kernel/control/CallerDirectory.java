package org.channelcenter.kernel.control;

import java.util.Optional;
import org.channelcenter.kernel.boundary.Caller;

/**
 * Where {@link CurrentCaller} reads a signed-in principal's user and organization. The directory component
 * implements it; the kernel only names it, so that every component can ask who calls without importing the
 * directory (which itself asks who calls).
 */
public interface CallerDirectory {

    /** The active user with this sign-in name, of an active organization. */
    Optional<Caller> activeCaller(String loginName);

    /** The active user with this sign-in name, of an organization that is active or awaits its enrollment decision. */
    Optional<Caller> applicant(String loginName);
}
