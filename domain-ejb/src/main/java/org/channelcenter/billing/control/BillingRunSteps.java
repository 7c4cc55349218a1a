package org.channelcenter.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.billing.entity.BillingRun;
import org.channelcenter.billing.entity.ChargeLine;
import org.channelcenter.billing.entity.CustomerStatement;
import org.channelcenter.billing.entity.DocumentSequence;
import org.channelcenter.billing.entity.Invoice;
import org.channelcenter.billing.entity.InvoiceLine;
import org.channelcenter.billing.entity.RunStatus;
import org.channelcenter.billing.entity.StatementLine;

/**
 * The steps of a billing run, each in a transaction of its own (issue 17, point 3), so a run killed half-way keeps
 * what it finished and a run started again goes on after it ({@link BillingRunner} takes them in order; a bean of its
 * own, because a call from within this one would not start the steps' transactions):
 * <ol>
 *   <li>{@link #open}: the provider's run of the month, found or created (unique per provider and month, so two
 *       runs started together share one);</li>
 *   <li>{@link #billPage}: the next page of one reseller's subscriptions. The run's row is locked first, so
 *       concurrent runs bill one page at a time, and it records where the page ended, so no page is billed twice.
 *       A transaction holds one page whatever the reseller's size: neither the transaction timeout nor Derby's lock
 *       escalation is reached by a large reseller;</li>
 *   <li>{@link #complete}: the run is done, and audited.</li>
 * </ol>
 */
@Dependent
public class BillingRunSteps {

    /** Resellers read per page of a run. */
    static final int RESELLERS_PER_PAGE = 100;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    MonthCharges charges;

    @Inject
    AuditTrail audit;

    /** The provider's run of the month, if any. */
    public Optional<BillingRun> find(long providerId, YearMonth month) {
        return em.createNamedQuery(BillingRun.OF_MONTH, BillingRun.class)
                .setParameter("provider", providerId)
                .setParameter("month", month.toString())
                .getResultStream()
                .findFirst();
    }

    /**
     * The provider's run of the month, created if there is none, with the provider's document sequences. Two runs
     * created together: one commits, the other fails on the unique key and the caller finds the first.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public BillingRun open(long providerId, YearMonth month, String byLogin) {
        Optional<BillingRun> existing = find(providerId, month);
        if (existing.isPresent()) {
            return existing.get();
        }
        BillingRun run = new BillingRun(providerId, month, byLogin, Instant.now());
        em.persist(run);
        for (DocumentSequence.Kind kind : DocumentSequence.Kind.values()) {
            if (em.find(DocumentSequence.class, new DocumentSequence.Key(providerId, kind)) == null) {
                em.persist(new DocumentSequence(providerId, kind));
            }
        }
        em.flush();
        return run;
    }

    /** The next resellers, by id, holding subscriptions of the provider. */
    public List<Long> resellersAfter(long providerId, long afterResellerId) {
        return em.createQuery(
                        "select distinct s.reseller.id from Subscription s where s.provider.id = :provider"
                                + " and s.reseller.id > :after order by s.reseller.id",
                        Long.class)
                .setParameter("provider", providerId)
                .setParameter("after", afterResellerId)
                .setMaxResults(RESELLERS_PER_PAGE)
                .getResultList();
    }

    /**
     * Bills the next page of one reseller's subscriptions for the run's month, and answers whether the reseller is
     * done: one DRAFT invoice per currency at its cost, one statement per customer and currency at the customer's
     * prices, a line per charged period, each found again when a later page adds to it. The run's row is locked
     * first, so concurrent runs bill one page at a time, and a page the run billed already is never billed again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean billPage(long runId, long resellerId) {
        return billPageLocked(em.find(BillingRun.class, runId, LockModeType.PESSIMISTIC_WRITE), resellerId);
    }

    /**
     * As {@link #billPage}, in the caller's transaction, which holds the run's lock (the demo data bills its past
     * months so).
     */
    public boolean billPageLocked(BillingRun run, long resellerId) {
        if (run.billed(resellerId)) {
            return true;
        }
        long[] position = run.positionIn(resellerId);
        Instant now = Instant.now();
        Map<String, Invoice> invoices = new HashMap<>();
        Map<String, CustomerStatement> statements = new HashMap<>();
        long[] customer = {-1};
        MonthCharges.Position end = charges.page(
                run.getProviderId(),
                resellerId,
                run.getMonth(),
                new MonthCharges.Position(position[0], position[1], false),
                charged -> {
                    if (charged.customerId() != customer[0]) {
                        customer[0] = charged.customerId();
                        statements.clear();
                    }
                    Invoice invoice = invoices.computeIfAbsent(
                            charged.currency(), currency -> invoice(run, resellerId, currency, now));
                    CustomerStatement statement = statements.computeIfAbsent(
                            charged.currency(),
                            currency -> statement(run, resellerId, charged.customerId(), currency, position[0], now));
                    for (int i = 0; i < charged.cost().size(); i++) {
                        ChargeLine cost = charged.cost().get(i);
                        ChargeLine price = charged.price().get(i);
                        invoice.add(cost.amount(), price.amount());
                        em.persist(new InvoiceLine(
                                invoice, charged.customerId(), charged.subscriptionId(), charged.offerId(), cost));
                        statement.add(price.amount(), cost.amount());
                        em.persist(new StatementLine(
                                statement, charged.subscriptionId(), charged.offerId(), price, cost.amount()));
                    }
                });
        if (end.last()) {
            run.billed(resellerId, count("Invoice", run, resellerId), count("CustomerStatement", run, resellerId));
        } else {
            run.pageBilled(resellerId, end.customerId(), end.subscriptionId());
        }
        em.flush();
        return end.last();
    }

    /** The reseller's invoice of the run in the currency: written by an earlier page, or new. */
    private Invoice invoice(BillingRun run, long resellerId, String currency, Instant now) {
        return em.createQuery(
                        "select i from Invoice i where i.runId = :run and i.resellerId = :reseller"
                                + " and i.currency = :currency",
                        Invoice.class)
                .setParameter("run", run.getId())
                .setParameter("reseller", resellerId)
                .setParameter("currency", currency)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> persisted(new Invoice(run, resellerId, currency, now)));
    }

    /**
     * The customer's statement of the run in the currency: new, unless the customer is the one an earlier page of the
     * reseller ended with (only then can one exist: customers are billed in order).
     */
    private CustomerStatement statement(
            BillingRun run, long resellerId, long customerId, String currency, long continuedCustomer, Instant now) {
        if (customerId == continuedCustomer) {
            List<CustomerStatement> earlier = em.createQuery(
                            "select s from CustomerStatement s where s.runId = :run and s.resellerId = :reseller"
                                    + " and s.customerId = :customer and s.currency = :currency",
                            CustomerStatement.class)
                    .setParameter("run", run.getId())
                    .setParameter("reseller", resellerId)
                    .setParameter("customer", customerId)
                    .setParameter("currency", currency)
                    .getResultList();
            if (!earlier.isEmpty()) {
                return earlier.get(0);
            }
        }
        return persisted(new CustomerStatement(run, resellerId, customerId, currency, now));
    }

    private <T> T persisted(T document) {
        em.persist(document);
        return document;
    }

    private int count(String entity, BillingRun run, long resellerId) {
        return em.createQuery(
                        "select count(d) from " + entity + " d where d.runId = :run and d.resellerId = :reseller",
                        Long.class)
                .setParameter("run", run.getId())
                .setParameter("reseller", resellerId)
                .getSingleResult()
                .intValue();
    }

    /** Marks the run done and audits it with what it wrote. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public BillingRun complete(long runId, String byLogin) {
        BillingRun run = em.find(BillingRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run.getStatus() == RunStatus.RUNNING) {
            run.complete(Instant.now());
            audit.record(
                    AuditAction.BILLING_RUN_COMPLETED,
                    "billing run " + run.getMonth() + " of provider " + run.getProviderId(),
                    run.getInvoices() + " invoices, " + run.getStatements() + " statements, run by " + byLogin,
                    run.getProviderId());
        }
        return run;
    }
}
