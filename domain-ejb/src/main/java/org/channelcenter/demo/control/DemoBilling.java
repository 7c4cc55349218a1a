package org.channelcenter.demo.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.billing.control.BillingRunSteps;
import org.channelcenter.billing.control.Invoicing;
import org.channelcenter.billing.entity.BillingRun;
import org.channelcenter.billing.entity.CreditAccount;
import org.channelcenter.billing.entity.DocumentSequence;
import org.channelcenter.billing.entity.Invoice;
import org.channelcenter.billing.entity.PriceRule;
import org.channelcenter.directory.entity.Organization;

/**
 * The demo network's billing (issue 17, point 7), once, in the caller's transaction: Northwind's default price book
 * (10 % off list) and Contoso's default markup (20 %), both from the first of the month before last; Contoso's credit
 * with Northwind (5,000 USD, net 15); and the two closed months billed and issued on the first of the month after
 * each. The later invoice is paid; the earlier one is past its due day, so Contoso is on credit hold with Northwind
 * and the hold shows on its screens and refuses Northwind's new orders for Contoso's customers.
 */
@Dependent
public class DemoBilling {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    SampleData samples;

    @Inject
    BillingRunSteps steps;

    @Inject
    Invoicing invoicing;

    @Inject
    AuditTrail audit;

    /**
     * Loads it when Northwind and Contoso exist and Northwind has no billing run yet; answers the two invoices in
     * month order (none when it did nothing).
     */
    public List<Invoice> load() {
        Optional<Organization> northwind = samples.directory("northwind");
        Optional<Organization> contoso = samples.directory("contoso");
        if (northwind.isEmpty() || contoso.isEmpty() || hasRuns(northwind.get().getId())) {
            return List.of();
        }
        long provider = northwind.get().getId();
        long reseller = contoso.get().getId();
        String suffix = samples.directorySuffix();
        String providerAdmin = "admin@northwind." + suffix;
        Instant now = Instant.now();
        YearMonth current = YearMonth.now(ZoneOffset.UTC);
        LocalDate from = current.minusMonths(2).atDay(1);
        em.persist(PriceRule.percentage(provider, null, null, new BigDecimal("-10"), from, providerAdmin, now));
        em.persist(
                PriceRule.percentage(reseller, null, null, new BigDecimal("20"), from, "admin@contoso." + suffix, now));
        CreditAccount credit = new CreditAccount(provider, reseller);
        credit.set("USD", new BigDecimal("5000.00"), 15, providerAdmin, now);
        em.persist(credit);
        for (DocumentSequence.Kind kind : DocumentSequence.Kind.values()) {
            em.persist(new DocumentSequence(provider, kind));
        }
        List<Invoice> invoices = new ArrayList<>();
        for (YearMonth month : List.of(current.minusMonths(2), current.minusMonths(1))) {
            BillingRun run = new BillingRun(provider, month, providerAdmin, now);
            em.persist(run);
            em.flush();
            long runId = run.getId();
            while (!steps.billPageLocked(run, reseller)) {
                // a page at a time, as any run
            }
            em.find(BillingRun.class, runId).complete(now);
            em.createQuery("select i from Invoice i where i.runId = :run", Invoice.class)
                    .setParameter("run", runId)
                    .getResultStream()
                    .forEach(invoice -> {
                        invoicing.issue(
                                invoice,
                                invoicing.sequence(provider, DocumentSequence.Kind.INVOICE),
                                month.plusMonths(1).atDay(1),
                                providerAdmin);
                        invoices.add(invoice);
                    });
        }
        if (invoices.size() == 2) {
            Invoice paid = invoices.get(1);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            LocalDate received = paid.getIssuedOn().plusDays(3).isAfter(today)
                    ? today
                    : paid.getIssuedOn().plusDays(3);
            invoicing.pay(paid, paid.getTotal(), received, "Wire " + paid.getNumber(), providerAdmin);
        }
        audit.recordAs(null, provider, AuditAction.DEMO_DATA_LOADED, "demo billing", null, null);
        return invoices;
    }

    private boolean hasRuns(long providerId) {
        return !em.createQuery("select r.id from BillingRun r where r.providerId = :provider", Long.class)
                .setParameter("provider", providerId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
