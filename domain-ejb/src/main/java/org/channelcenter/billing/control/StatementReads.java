package org.channelcenter.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.channelcenter.billing.boundary.MarginRow;
import org.channelcenter.billing.boundary.StatementLineRow;
import org.channelcenter.billing.boundary.StatementRow;
import org.channelcenter.billing.entity.CustomerStatement;
import org.channelcenter.billing.entity.StatementLine;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.PageQueries;

/**
 * The reads of customer statements and of the margin report, one page at a time in the database, for whoever the
 * boundary has already allowed: a reseller's statements (its customers'), a customer's own, a statement's lines and
 * the margin report, summed in SQL by month, customer, offer and currency. Who may read what is not decided here.
 */
@Dependent
public class StatementReads {

    private static final String STATEMENTS = " from CustomerStatement s, Organization c, Organization r, Organization p"
            + " where c.id = s.customerId and r.id = s.resellerId and p.id = s.providerId";

    private static final String MARGIN_FROM = " from customer_statement_line l"
            + " join customer_statement s on s.id = l.statement_id"
            + " join organization c on c.id = s.customer_id"
            + " join offer o on o.id = l.offer_id"
            + " where s.reseller_id = ? and s.billing_month >= ? and s.billing_month <= ?";

    private static final String MARGIN_FILTER =
            " and (lower(c.name) like ? escape '\\' or lower(o.name) like ? escape '\\')";

    private static final String MARGIN_GROUPS =
            " group by s.billing_month, s.customer_id, c.name, l.offer_id, o.name," + " s.currency";

    /** Whose statements a list holds: a reseller's (filtered by customer name) or a customer's (by reseller name). */
    public enum Owner {
        RESELLER("s.resellerId", "c.name"),
        CUSTOMER("s.customerId", "r.name");

        private final String column;
        private final String named;

        Owner(String column, String named) {
            this.column = column;
            this.named = named;
        }
    }

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    public long countStatements(Owner owner, long organizationId, YearMonth month, String filter) {
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        return statements("select count(s)", owner, organizationId, month, request, "", Long.class)
                .getSingleResult();
    }

    /** One page of the owner's statements, the latest month first, then by customer name. */
    public List<StatementRow> findStatements(Owner owner, long organizationId, YearMonth month, PageRequest request) {
        boolean withCost = owner == Owner.RESELLER;
        return statements(
                        "select s, c.name, r.name, p.name",
                        owner,
                        organizationId,
                        month,
                        request,
                        " order by s.billingMonth desc, c.name, s.customerId, p.name, s.id",
                        Object[].class)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList()
                .stream()
                .map(row ->
                        row((CustomerStatement) row[0], (String) row[1], (String) row[2], (String) row[3], withCost))
                .toList();
    }

    /** The statement with its names (cost shown or not), or null when there is none with that id. */
    public StatementRow statement(long statementId, boolean withCost) {
        List<Object[]> found = em.createQuery(
                        "select s, c.name, r.name, p.name" + STATEMENTS + " and s.id = :id", Object[].class)
                .setParameter("id", statementId)
                .getResultList();
        return found.stream()
                .map(row ->
                        row((CustomerStatement) row[0], (String) row[1], (String) row[2], (String) row[3], withCost))
                .findFirst()
                .orElse(null);
    }

    public long countLines(long statementId) {
        return em.createQuery("select count(l) from StatementLine l where l.documentId = :id", Long.class)
                .setParameter("id", statementId)
                .getSingleResult();
    }

    /** One page of the statement's lines, by offer name, then subscription. */
    public List<StatementLineRow> findLines(long statementId, boolean withCost, int first, int size) {
        return em
                .createQuery(
                        "select l, o.name from StatementLine l, Offer o where l.documentId = :id and o.id = l.offerId"
                                + " order by o.name, l.offerId, l.subscriptionId, l.id",
                        Object[].class)
                .setParameter("id", statementId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(row -> {
                    StatementLine line = (StatementLine) row[0];
                    var charge = line.line();
                    return new StatementLineRow(
                            line.getId(),
                            line.getSubscriptionId(),
                            (String) row[1],
                            charge.from(),
                            charge.through(),
                            charge.quantity(),
                            charge.days(),
                            charge.unitPrice(),
                            charge.amount(),
                            withCost ? line.getCost() : null);
                })
                .toList();
    }

    /** How many rows the reseller's margin report has for those months (inclusive) and filter. */
    public long countMargins(long resellerId, YearMonth from, YearMonth through, String filter) {
        String pattern = PageQueries.likePattern(filter);
        Query count = em.createNativeQuery("select count(*) from (select s.billing_month" + MARGIN_FROM
                + (pattern == null ? "" : MARGIN_FILTER) + MARGIN_GROUPS + ") margin_groups");
        bindMargins(count, resellerId, from, through, pattern);
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * One page of the reseller's margin report for those months (inclusive): revenue and cost per month, customer,
     * offer and currency, summed by the database over the statements' lines; the latest month first.
     */
    public List<MarginRow> findMargins(
            long resellerId, YearMonth from, YearMonth through, String filter, int first, int size) {
        String pattern = PageQueries.likePattern(filter);
        Query page = em.createNativeQuery("select s.billing_month, s.customer_id, c.name, l.offer_id, o.name,"
                        + " s.currency, sum(l.amount), sum(l.cost)" + MARGIN_FROM
                        + (pattern == null ? "" : MARGIN_FILTER) + MARGIN_GROUPS
                        + " order by s.billing_month desc, c.name, s.customer_id, o.name, l.offer_id, s.currency")
                .setFirstResult(first)
                .setMaxResults(size);
        bindMargins(page, resellerId, from, through, pattern);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        return rows.stream()
                .map(row -> new MarginRow(
                        YearMonth.parse(((String) row[0]).trim()),
                        ((Number) row[1]).longValue(),
                        (String) row[2],
                        ((Number) row[3]).longValue(),
                        (String) row[4],
                        ((String) row[5]).trim(),
                        decimal(row[6]),
                        decimal(row[7])))
                .toList();
    }

    private static void bindMargins(Query query, long resellerId, YearMonth from, YearMonth through, String pattern) {
        query.setParameter(1, resellerId);
        query.setParameter(2, from.toString());
        query.setParameter(3, through.toString());
        if (pattern != null) {
            query.setParameter(4, pattern);
            query.setParameter(5, pattern);
        }
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private <T> TypedQuery<T> statements(
            String select,
            Owner owner,
            long organizationId,
            YearMonth month,
            PageRequest request,
            String order,
            Class<T> type) {
        TypedQuery<T> query = em.createQuery(
                        select + STATEMENTS + " and " + owner.column + " = :owner"
                                + (month == null ? "" : " and s.billingMonth = :month")
                                + PageQueries.filterClause(
                                        request, " and lower(" + owner.named + ") like :pattern escape '\\'")
                                + order,
                        type)
                .setParameter("owner", organizationId);
        if (month != null) {
            query.setParameter("month", month.toString());
        }
        return PageQueries.bindFilter(request, query);
    }

    private static StatementRow row(
            CustomerStatement s, String customer, String reseller, String provider, boolean withCost) {
        return new StatementRow(
                s.getId(),
                s.getMonth(),
                s.getCustomerId(),
                customer,
                s.getResellerId(),
                reseller,
                s.getProviderId(),
                provider,
                s.getCurrency(),
                s.getTotal(),
                withCost ? s.getCost() : null,
                withCost ? s.getMargin() : null,
                s.getLineCount());
    }
}
