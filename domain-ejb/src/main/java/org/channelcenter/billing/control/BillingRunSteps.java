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
import java.util.function.Supplier;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.billing.entity.BillingDocument;
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
 *   <li>{@link #bill}: one reseller. The run's row is locked first, so concurrent runs bill one reseller at a time,
 *       and a reseller the run billed already is skipped: its invoices and statements are written once;</li>
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

    /** What billing one reseller wrote (nothing when the run had billed it already). */
    public record Billed(int invoices, int statements, int lines) {}

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
     * Bills one reseller for the run's month: one DRAFT invoice per currency at its cost, one statement per customer
     * and currency at the customer's prices, a line per charged period. Holds one page of subscriptions in memory:
     * what is written is flushed and let go page by page.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Billed bill(long runId, long resellerId) {
        return billLocked(em.find(BillingRun.class, runId, LockModeType.PESSIMISTIC_WRITE), resellerId);
    }

    /**
     * As {@link #bill}, in the caller's transaction, which holds the run's lock (the demo data bills its past
     * months so). What was read before is let go with each page.
     */
    public Billed billLocked(BillingRun run, long resellerId) {
        if (run.billed(resellerId)) {
            return new Billed(0, 0, 0);
        }
        long runId = run.getId();
        Instant now = Instant.now();
        Map<String, Invoice> invoices = new HashMap<>();
        Map<String, CustomerStatement> statements = new HashMap<>();
        long[] customer = {-1};
        int[] lines = {0};
        charges.forEach(
                run.getProviderId(),
                resellerId,
                run.getMonth(),
                charged -> {
                    if (charged.customerId() != customer[0]) {
                        customer[0] = charged.customerId();
                        statements.clear();
                    }
                    Invoice invoice = document(
                            Invoice.class,
                            invoices,
                            charged.currency(),
                            () -> new Invoice(run, resellerId, charged.currency(), now));
                    CustomerStatement statement = document(
                            CustomerStatement.class,
                            statements,
                            charged.currency(),
                            () -> new CustomerStatement(
                                    run, resellerId, charged.customerId(), charged.currency(), now));
                    for (int i = 0; i < charged.cost().size(); i++) {
                        ChargeLine cost = charged.cost().get(i);
                        ChargeLine price = charged.price().get(i);
                        invoice.add(cost.amount(), price.amount());
                        em.persist(new InvoiceLine(
                                invoice, charged.customerId(), charged.subscriptionId(), charged.offerId(), cost));
                        statement.add(price.amount(), cost.amount());
                        em.persist(new StatementLine(
                                statement, charged.subscriptionId(), charged.offerId(), price, cost.amount()));
                        lines[0]++;
                    }
                },
                () -> {
                    em.flush();
                    em.clear();
                });
        BillingRun billed = em.find(BillingRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        int statementCount = em.createQuery(
                        "select count(s) from CustomerStatement s where s.runId = :run and s.resellerId = :reseller",
                        Long.class)
                .setParameter("run", runId)
                .setParameter("reseller", resellerId)
                .getSingleResult()
                .intValue();
        billed.billed(resellerId, invoices.size(), statementCount);
        em.flush();
        return new Billed(invoices.size(), statementCount, lines[0]);
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

    /**
     * The document of the currency: the one this call made (read again once a page let it go), else a new one. Not
     * flushed here: its lines are written through it, so a page is one flush, however many customers it has.
     */
    private <T extends BillingDocument> T document(
            Class<T> type, Map<String, T> documents, String currency, Supplier<T> create) {
        T document = documents.get(currency);
        if (document == null) {
            document = create.get();
            em.persist(document);
        } else if (!em.contains(document)) {
            document = em.find(type, document.getId());
        }
        documents.put(currency, document);
        return document;
    }
}
