package org.channelcenter.billing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.channelcenter.billing.control.BillingAccess;
import org.channelcenter.billing.control.BillingRunner;
import org.channelcenter.billing.entity.BillingRefusedException;
import org.channelcenter.billing.entity.BillingRun;
import org.channelcenter.billing.entity.InvoiceStatus;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;

/**
 * A provider's billing runs (issue 17, point 3): at a month's close, one DRAFT invoice per reseller and currency at
 * the reseller's cost, and one statement per customer and currency at the customer's prices. Only a month that has
 * ended (UTC) is billed. A run is idempotent and restartable: there is one run per provider and month, resellers
 * are billed one transaction each and never twice, so running again, running concurrently, or starting again after
 * a run was killed ends with exactly the invoices of one uninterrupted run. Only the provider's billing admins and
 * global admins run and read them.
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.BILLING_ADMIN})
public class BillingRuns {

    @Inject
    BillingAccess access;

    @Inject
    BillingRunner runner;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /**
     * Runs (or finishes) the caller's billing of the month and answers the run. Each step commits on its own, so
     * this method runs outside a transaction.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RunRow run(@NotNull YearMonth month) {
        Caller caller = access.require(OrganizationKind.PROVIDER, "billing run " + month);
        if (!month.isBefore(YearMonth.now(ZoneOffset.UTC))) {
            throw new BillingRefusedException(BillingRefusedException.Reason.MONTH_NOT_CLOSED, month.toString());
        }
        return rows(List.of(runner.run(caller.organizationId(), month, caller.loginName())))
                .get(0);
    }

    /** As {@link #run}, in the background, for the screen: it polls {@link #runs}. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<RunRow> start(@NotNull YearMonth month) {
        return new AsyncResult<>(run(month));
    }

    /** The caller's runs, the latest month first. */
    public List<RunRow> runs(@NotNull PageRequest request) {
        Caller caller = access.require(OrganizationKind.PROVIDER, "billing runs");
        List<BillingRun> page = em.createQuery(
                        "select r from BillingRun r where r.providerId = :provider order by r.billingMonth desc",
                        BillingRun.class)
                .setParameter("provider", caller.organizationId())
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        return rows(page);
    }

    /** The runs as rows, with their draft invoices counted in one query. */
    private List<RunRow> rows(List<BillingRun> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> drafts = new HashMap<>();
        em.createQuery(
                        "select i.runId, count(i) from Invoice i where i.runId in :runs and i.status = :draft"
                                + " group by i.runId",
                        Object[].class)
                .setParameter("runs", runs.stream().map(BillingRun::getId).toList())
                .setParameter("draft", InvoiceStatus.DRAFT)
                .getResultList()
                .forEach(row -> drafts.put((Long) row[0], (Long) row[1]));
        return runs.stream()
                .map(run -> RunRow.of(run, drafts.getOrDefault(run.getId(), 0L)))
                .toList();
    }

    public long countRuns() {
        Caller caller = access.require(OrganizationKind.PROVIDER, "billing runs");
        return em.createQuery("select count(r) from BillingRun r where r.providerId = :provider", Long.class)
                .setParameter("provider", caller.organizationId())
                .getSingleResult();
    }
}
