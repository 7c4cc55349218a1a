package org.channelcenter.customer.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.customer.entity.CustomerRefusedException;
import org.channelcenter.customer.entity.CustomerRelationship;
import org.channelcenter.kernel.boundary.Caller;

/**
 * The one rule for a partner reaching a customer's data (SPEC §1): its organization has an ACTIVE reseller
 * relationship with that customer, read from the database at every call, so a partner the customer removed
 * is refused at its very next request. Anything else is "not found" (the id reveals nothing) and audited.
 */
@Dependent
public class CustomerAccess {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @EJB
    AuditLog auditLog;

    /** The caller's organization's active relationship with the customer, or a refusal (audited). */
    public CustomerRelationship require(Caller caller, long customerId) {
        return em.createNamedQuery(CustomerRelationship.ACTIVE_FOR_PAIR, CustomerRelationship.class)
                .setParameter("pair", CustomerRelationship.pairKey(customerId, caller.organizationId()))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> {
                    auditLog.recordDenial(
                            AuditAction.ACCESS_DENIED,
                            "customer " + customerId,
                            "no active reseller relationship with the caller's organization",
                            caller.organizationId());
                    return new CustomerRefusedException(CustomerRefusedException.Reason.NOT_FOUND);
                });
    }
}
