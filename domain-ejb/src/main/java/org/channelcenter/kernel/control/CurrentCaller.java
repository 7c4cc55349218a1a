package org.channelcenter.kernel.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.entity.Permission;

/**
 * The one place a boundary learns who calls it: the container's authenticated principal, resolved to the
 * active user and its organization once per request. An inactive user or organization is nobody.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    CallerDirectory directory;

    private Caller resolved;
    private String resolvedFor;

    public Optional<Caller> find() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        if (resolved == null || !principal.getName().equals(resolvedFor)) {
            resolved = directory.activeCaller(principal.getName()).orElse(null);
            resolvedFor = principal.getName();
        }
        return Optional.ofNullable(resolved);
    }

    /**
     * The signed-in user of an organization that awaits its enrollment decision: such a user may only
     * follow the application, so {@link #find()} does not know them.
     */
    public Optional<Caller> findApplicant() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return directory.applicant(principal.getName());
    }

    /** The caller, or a refusal when nobody (known and active) is signed in. */
    public Caller require() {
        return find().orElseThrow(() -> new EJBAccessException("not signed in"));
    }

    /**
     * The caller, when it belongs to a provider or a reseller (partnerships, customers, orders and subscriptions
     * are theirs); anyone else is refused.
     */
    public Caller requirePartner() {
        Caller caller = require();
        if (!caller.organizationKind().isPartner()) {
            throw new EJBAccessException("only providers and resellers may do this");
        }
        return caller;
    }

    /** The caller, when the database (not only the sign-in) gives it the permission; anyone else is refused. */
    public Caller require(Permission permission) {
        Caller caller = require();
        if (!caller.may(permission)) {
            throw new EJBAccessException("needs the permission " + permission);
        }
        return caller;
    }
}
