package org.channelcenter.web.kernel;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.channelcenter.directory.boundary.Callers;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.kernel.entity.Role;
import org.omnifaces.exceptionhandler.ViewExpiredExceptionHandler;

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
                .getExternalContext()
                .getUserPrincipal();
        principalName = principal == null ? null : principal.getName();
    }

    /**
     * The page was reloaded because the view posted to had expired (OmniFaces' ViewExpiredExceptionHandler): the
     * layout tells the user that what they did was not done.
     */
    public boolean isViewExpired() {
        return ViewExpiredExceptionHandler.wasViewExpired();
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

    /** GLOBAL_ADMIN (as the database says now): the only one who grants Global admin or manages global admins. */
    public boolean isGlobalAdmin() {
        return caller != null && caller.hasRole(Role.GLOBAL_ADMIN);
    }

    /** A user of an indirect provider: sees Indirect resellers. */
    public boolean isProvider() {
        return caller != null && caller.organizationKind() == OrganizationKind.PROVIDER;
    }

    /** A user of an indirect reseller: sees Indirect providers and Find a provider. */
    public boolean isReseller() {
        return caller != null && caller.organizationKind() == OrganizationKind.RESELLER;
    }

    /** May invite resellers (SPEC §1). */
    public boolean isResellerInviter() {
        return may(Permission.INVITE_RESELLERS);
    }

    /** May place orders on behalf of its customers (SPEC §1, §7). */
    public boolean isOrderPlacer() {
        return may(Permission.PLACE_ORDERS);
    }

    /**
     * Suspends, reactivates and cancels the subscriptions its organization holds (SPEC §7). A provider only
     * ever sees the subscriptions it holds, so every row it sees is its own.
     */
    public boolean isSubscriptionChanger() {
        return may(Permission.CHANGE_SUBSCRIPTIONS);
    }

    /** Adds, edits and deactivates a customer's users and assigns their licenses (SPEC §7). */
    public boolean isCustomerUserAdministrator() {
        return may(Permission.ADMINISTER_CUSTOMER_USERS);
    }

    /** A provider or reseller user: sees Customers and Orders. */
    public boolean isPartner() {
        return caller != null && caller.organizationKind().isPartner();
    }

    /** May invite customers (SPEC §1). */
    public boolean isCustomerInviter() {
        return may(Permission.INVITE_CUSTOMERS);
    }

    /** A customer's global admin: sees the Partners page. */
    public boolean isCustomerAdmin() {
        return may(Permission.MANAGE_CUSTOMER_PARTNERS);
    }

    /** A provider's or reseller's billing admin or global admin: sees the Billing section (SPEC §13). */
    public boolean isBillingKeeper() {
        return may(Permission.MANAGE_BILLING);
    }

    /** Sees Billing › Price books: a provider's billing admin or global admin. */
    public boolean isPriceBookKeeper() {
        return isBillingKeeper() && isProvider();
    }

    /** Sees Billing › Prices: a reseller's billing admin or global admin. */
    public boolean isCustomerPriceKeeper() {
        return isBillingKeeper() && isReseller();
    }

    /** Sees Account settings › Audit log of its own organization. */
    public boolean isOrganizationAuditor() {
        return may(Permission.READ_ORGANIZATION_AUDIT_LOG);
    }

    private boolean may(Permission permission) {
        return caller != null && caller.may(permission);
    }

    /** View action of the organization's audit log: the operator's users read the staff log instead (403 here). */
    public void requireOrganizationAuditor() throws IOException {
        if (!isOrganizationAuditor()) {
            forbidden();
        }
    }

    /** View action of the pages of providers and resellers alike (Customers): anyone else gets the 403 page. */
    public void requirePartner() throws IOException {
        if (!isPartner()) {
            forbidden();
        }
    }

    /**
     * View action of the Billing pages of one kind of organization: anyone but its billing admins and global admins
     * gets the 403 page (the boundaries refuse them by themselves, and audit it).
     */
    public void requireBilling(String kind) throws IOException {
        if (!isBillingKeeper() || caller.organizationKind() != OrganizationKind.valueOf(kind)) {
            forbidden();
        }
    }

    /** View action of the customer's Partners page: anyone but a customer's global admin gets the 403 page. */
    public void requireCustomerAdmin() throws IOException {
        if (!isCustomerAdmin()) {
            forbidden();
        }
    }

    /**
     * View action of pages that belong to one kind of organization (e.g. Indirect resellers to providers):
     * anyone else gets the 403 page. The boundaries refuse such callers by themselves; this only spares them
     * a page that makes no sense for them.
     */
    public void requireKind(String kind) throws IOException {
        if (caller == null || caller.organizationKind() != OrganizationKind.valueOf(kind)) {
            forbidden();
        }
    }

    private static void forbidden() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
        faces.responseComplete();
    }
}
