package org.channelcenter.billing.control;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
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

    /** Records that the caller reached for another organization's prices ({@code what}), before refusing it. */
    public void denied(Caller caller, String what, String why, Long... concerned) {
        Long[] organizations = new Long[concerned.length + 1];
        organizations[0] = caller.organizationId();
        System.arraycopy(concerned, 0, organizations, 1, concerned.length);
        auditLog.recordDenial(AuditAction.ACCESS_DENIED, what, why, organizations);
    }
}
