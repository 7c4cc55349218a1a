package org.channelcenter.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.channelcenter.directory.boundary.Caller;
import org.channelcenter.directory.boundary.Callers;
import org.channelcenter.directory.entity.OrganizationKind;

/**
 * What the layout shows around every page: the signed-in user and organization, and which Dashboard menu
 * entries exist for them. Menu entries of features that are not built yet are not here at all.
 */
@Named
@RequestScoped
public class Shell {

    @EJB
    Callers callers;

    private Caller caller;
    private String principalName;

    @PostConstruct
    void resolve() {
        caller = callers.current().orElse(null);
        java.security.Principal principal = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext().getUserPrincipal();
        principalName = principal == null ? null : principal.getName();
    }

    /** The signed-in member of an active organization; null for applicants awaiting approval. */
    public Caller getCaller() {
        return caller;
    }

    /** Signed in at all (an applicant too): the header offers sign-out. */
    public boolean isSignedIn() {
        return principalName != null;
    }

    /** May use the portal: the Dashboard menu is shown. */
    public boolean isMember() {
        return caller != null;
    }

    public String getDisplayName() {
        return caller != null ? caller.displayName() : principalName;
    }

    public String getOrganizationName() {
        return caller != null ? caller.organizationName() : "";
    }

    /** GLOBAL_ADMIN or ADMIN_AGENT (as the database says now): sees Account settings › User management. */
    public boolean isAdmin() {
        return caller != null && caller.isAdmin();
    }

    public boolean isStaff() {
        return caller != null && caller.isStaff();
    }

    /** A user of an indirect provider: sees Indirect resellers. */
    public boolean isProvider() {
        return caller != null && caller.organizationKind() == OrganizationKind.PROVIDER;
    }

    /** A user of an indirect reseller: sees Indirect providers and Find a provider. */
    public boolean isReseller() {
        return caller != null && caller.organizationKind() == OrganizationKind.RESELLER;
    }
}
