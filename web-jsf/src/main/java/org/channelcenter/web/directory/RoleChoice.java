package org.channelcenter.web.directory;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.channelcenter.kernel.entity.Role;

/** The role check boxes of a form (Global admin, Admin agent, Sales agent, Helpdesk agent, Billing admin). */
public class RoleChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean globalAdmin;
    private boolean adminAgent;
    private boolean salesAgent;
    private boolean helpdeskAgent;
    private boolean billingAdmin;
    /** Roles the form has no box for (STAFF) pass through unchanged. */
    private final Set<Role> untouched = EnumSet.noneOf(Role.class);

    public static RoleChoice of(Set<Role> roles) {
        RoleChoice choice = new RoleChoice();
        choice.globalAdmin = roles.contains(Role.GLOBAL_ADMIN);
        choice.adminAgent = roles.contains(Role.ADMIN_AGENT);
        choice.salesAgent = roles.contains(Role.SALES_AGENT);
        choice.helpdeskAgent = roles.contains(Role.HELPDESK_AGENT);
        choice.billingAdmin = roles.contains(Role.BILLING_ADMIN);
        if (roles.contains(Role.STAFF)) {
            choice.untouched.add(Role.STAFF);
        }
        return choice;
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.copyOf(untouched.isEmpty() ? EnumSet.noneOf(Role.class) : untouched);
        if (globalAdmin) {
            roles.add(Role.GLOBAL_ADMIN);
        }
        if (adminAgent) {
            roles.add(Role.ADMIN_AGENT);
        }
        if (salesAgent) {
            roles.add(Role.SALES_AGENT);
        }
        if (helpdeskAgent) {
            roles.add(Role.HELPDESK_AGENT);
        }
        if (billingAdmin) {
            roles.add(Role.BILLING_ADMIN);
        }
        return roles;
    }

    public boolean isGlobalAdmin() {
        return globalAdmin;
    }

    public void setGlobalAdmin(boolean globalAdmin) {
        this.globalAdmin = globalAdmin;
    }

    public boolean isAdminAgent() {
        return adminAgent;
    }

    public void setAdminAgent(boolean adminAgent) {
        this.adminAgent = adminAgent;
    }

    public boolean isSalesAgent() {
        return salesAgent;
    }

    public void setSalesAgent(boolean salesAgent) {
        this.salesAgent = salesAgent;
    }

    public boolean isHelpdeskAgent() {
        return helpdeskAgent;
    }

    public void setHelpdeskAgent(boolean helpdeskAgent) {
        this.helpdeskAgent = helpdeskAgent;
    }

    public boolean isBillingAdmin() {
        return billingAdmin;
    }

    public void setBillingAdmin(boolean billingAdmin) {
        this.billingAdmin = billingAdmin;
    }
}
