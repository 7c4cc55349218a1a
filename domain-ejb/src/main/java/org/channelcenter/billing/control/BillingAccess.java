package org.channelcenter.billing.control;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Permission;

/**
 * The one rule for reaching an organization's prices (SPEC §1, §13): a billing admin or global admin of a provider
 * (price books) or of a reseller (customer prices), of the caller's own organization, read from the database at
 * every call. Anyone else is refused, and the refusal audited in its own transaction.
 */
@Dependent
public class BillingAccess {

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AuditLog auditLog;

    /** The caller, when it keeps the billing of an organization of that kind; a refusal (audited) otherwise. */
    public Caller require(OrganizationKind kind, String what) {
        Caller caller = currentCaller.require();
        if (!caller.may(Permission.MANAGE_BILLING) || caller.organizationKind() != kind) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    what,
                    "billing of a " + kind + " needs its billing admin or global admin",
                    caller.organizationId());
            throw new EJBAccessException("billing needs a billing admin or global admin of a " + kind);
        }
        return caller;
    }

    /**
     * The caller, when it keeps a reseller's billing (a reseller's statements, with cost) or is a customer's global
     * admin (its own statements); a refusal (audited) otherwise.
     */
    public Caller requireStatementReader(String what) {
        Caller caller = currentCaller.require();
        if (isResellerKeeper(caller) || caller.may(Permission.MANAGE_CUSTOMER_PARTNERS)) {
            return caller;
        }
        auditLog.recordDenial(
                AuditAction.ACCESS_DENIED,
                what,
                "statements need a reseller's billing admin or global admin, or a customer's global admin",
                caller.organizationId());
        throw new EJBAccessException("statements need a reseller's billing keeper or a customer's global admin");
    }

    /** The caller, when it is a customer's global admin (its own statements); a refusal (audited) otherwise. */
    public Caller requireCustomerAdmin(String what) {
        Caller caller = currentCaller.require();
        if (!caller.may(Permission.MANAGE_CUSTOMER_PARTNERS)) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    what,
                    "a customer's statements need its global admin",
                    caller.organizationId());
            throw new EJBAccessException("a customer's statements need its global admin");
        }
        return caller;
    }

    /** The caller, when it keeps the billing of its provider or reseller; a refusal (audited) otherwise. */
    public Caller requireKeeper(String what) {
        Caller caller = currentCaller.require();
        if (!caller.may(Permission.MANAGE_BILLING)) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    what,
                    "billing needs a billing admin or global admin of a provider or reseller",
                    caller.organizationId());
            throw new EJBAccessException("billing needs a billing admin or global admin of a provider or reseller");
        }
        return caller;
    }

    /** Whether the caller keeps the billing of a reseller (its billing admin or global admin). */
    public static boolean isResellerKeeper(Caller caller) {
        return caller.may(Permission.MANAGE_BILLING) && caller.organizationKind() == OrganizationKind.RESELLER;
    }

    /** Records that the caller reached for another organization's prices ({@code what}), before refusing it. */
    public void denied(Caller caller, String what, String why, Long... concerned) {
        // the caller's own organization once, even when it is also the one concerned (a reseller's own draft invoice)
        Set<Long> organizations = new LinkedHashSet<>();
        organizations.add(caller.organizationId());
        organizations.addAll(Arrays.asList(concerned));
        auditLog.recordDenial(AuditAction.ACCESS_DENIED, what, why, organizations.toArray(Long[]::new));
    }
}
