package org.channelcenter.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.YearMonth;
import java.util.List;
import org.channelcenter.billing.entity.BillingRun;
import org.channelcenter.billing.entity.RunStatus;

/**
 * A billing run from start to end, one way for a provider's billing staff ({@code BillingRuns}) and the month's close
 * ({@code MonthClose}): {@link BillingRunSteps}' steps in order, each committing on its own. It checks nobody's
 * rights (its callers do) and runs outside a transaction.
 */
@Dependent
public class BillingRunner {

    /** Who started a run the month-close timer started. */
    public static final String MONTH_CLOSE = "month close";

    @Inject
    BillingRunSteps steps;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /**
     * Runs (or finishes) the provider's billing of the month, each step in its own transaction, and answers the run:
     * what the boundary does for the provider's billing staff and the month's close for every provider. Called
     * outside a transaction.
     */
    public BillingRun run(long providerId, YearMonth month, String byLogin) {
        BillingRun run;
        try {
            run = steps.open(providerId, month, byLogin);
        } catch (PersistenceException | TransactionalException concurrent) {
            // a concurrent run created it first
            run = steps.find(providerId, month).orElseThrow(() -> concurrent);
        }
        long after = run.getLastResellerId() == null ? 0 : run.getLastResellerId();
        for (List<Long> resellers = steps.resellersAfter(providerId, after);
                !resellers.isEmpty();
                resellers = steps.resellersAfter(providerId, after)) {
            for (long reseller : resellers) {
                while (!steps.billPage(run.getId(), reseller)) {
                    // one page of the reseller's subscriptions per transaction, until its last
                }
                after = reseller;
            }
        }
        return steps.complete(run.getId(), byLogin);
    }

    /**
     * Closes the month for every provider that had a subscription in it and has no completed run of it yet (the
     * month-close timer); answers how many it ran.
     */
    public int closeMonth(YearMonth month) {
        List<Long> providers = em.createQuery(
                        "select distinct s.provider.id from Subscription s where s.createdAt < :end"
                                + " and not exists (select r.id from BillingRun r where r.providerId = s.provider.id"
                                + " and r.billingMonth = :month and r.status = :completed)",
                        Long.class)
                .setParameter("end", MonthCharges.start(month.plusMonths(1)))
                .setParameter("month", month.toString())
                .setParameter("completed", RunStatus.COMPLETED)
                .getResultList();
        providers.forEach(provider -> run(provider, month, MONTH_CLOSE));
        return providers.size();
    }
}
