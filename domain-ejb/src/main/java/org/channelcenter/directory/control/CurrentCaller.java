package org.channelcenter.directory.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.channelcenter.directory.boundary.Caller;
import org.channelcenter.directory.entity.Role;
import org.channelcenter.directory.entity.UserAccount;

/**
 * The one place a boundary learns who calls it: the container's authenticated principal, resolved to the
 * active user and its organization once per request. An inactive user or organization is nobody.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccountRepository users;

    private Caller resolved;
    private String resolvedFor;

    public Optional<Caller> find() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        if (resolved == null || !principal.getName().equals(resolvedFor)) {
            resolved = users.byLoginName(principal.getName())
                    .filter(UserAccount::isActive)
                    .filter(user -> user.getOrganization().isActive())
                    .map(Caller::of)
                    .orElse(null);
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
        return users.byLoginName(principal.getName())
                .filter(UserAccount::isActive)
                .filter(user -> user.getOrganization().isPending() || user.getOrganization().isActive())
                .map(Caller::of);
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

    /**
     * The caller, when it belongs to a provider or a reseller and the database (not only the sign-in) gives it
     * one of {@code roles}; anyone else is refused.
     */
    public Caller requirePartnerWithAnyOf(Role... roles) {
        Caller caller = requirePartner();
        for (Role role : roles) {
            if (caller.hasRole(role)) {
                return caller;
            }
        }
        throw new EJBAccessException("needs one of the roles " + java.util.Arrays.toString(roles));
    }
}
