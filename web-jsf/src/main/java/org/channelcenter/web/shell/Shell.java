package org.channelcenter.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.channelcenter.directory.boundary.Caller;
import org.channelcenter.directory.boundary.Callers;

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

    @PostConstruct
    void resolve() {
        caller = callers.current().orElse(null);
    }

    public Caller getCaller() {
        return caller;
    }

    public boolean isSignedIn() {
        return caller != null;
    }

    /** GLOBAL_ADMIN or ADMIN_AGENT (as the database says now): sees Account settings › User management. */
    public boolean isAdmin() {
        return caller != null && caller.isAdmin();
    }

    public boolean isStaff() {
        return caller != null && caller.isStaff();
    }
}
