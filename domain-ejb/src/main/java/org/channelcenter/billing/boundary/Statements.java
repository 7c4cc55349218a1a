package org.channelcenter.billing.boundary;

import static org.channelcenter.billing.entity.BillingRefusedException.Reason.MONTH_RANGE;
import static org.channelcenter.billing.entity.BillingRefusedException.Reason.NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.channelcenter.billing.control.BillingAccess;
import org.channelcenter.billing.control.BillingDocuments;
import org.channelcenter.billing.control.StatementReads;
import org.channelcenter.billing.control.StatementReads.Owner;
import org.channelcenter.billing.entity.BillingRefusedException;
import org.channelcenter.billing.entity.CustomerStatement;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;

/**
 * Customer statements and the margin report (issue 17): a reseller's billing admins and global admins read the
 * statements of its customers (by month and customer, with their cost and margin), their lines and the margin
 * report (revenue, cost and margin per month, customer, offer and currency, summed in the database); a customer's
 * global admin reads its own statements, without its reseller's cost. Each comes as PDF or CSV in the reader's
 * language. The organization is the principal's; a statement of another organization is refused as not found, and
 * the refusal audited, as is any other caller.
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.BILLING_ADMIN})
public class Statements {

    /** The widest margin report, in months: three years. */
    static final int MAX_MONTHS = 36;

    @Inject
    BillingAccess access;

    @Inject
    StatementReads reads;

    @Inject
    BillingDocuments documents;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** How many statements of the reseller's customers there are for the month (null: every month), by name. */
    public long countResellerStatements(YearMonth month, String filter) {
        Caller caller = requireReseller();
        return reads.countStatements(Owner.RESELLER, caller.organizationId(), month, filter);
    }

    /** One page of the reseller's customers' statements (the latest month first, then by customer), with cost. */
    public List<StatementRow> findResellerStatements(YearMonth month, @NotNull PageRequest request) {
        Caller caller = requireReseller();
        return reads.findStatements(Owner.RESELLER, caller.organizationId(), month, request);
    }

    /** How many statements the customer admin's organization received, filtered by reseller name. */
    public long countOwnStatements(String filter) {
        Caller caller = access.requireCustomerAdmin("own customer statements");
        return reads.countStatements(Owner.CUSTOMER, caller.organizationId(), null, filter);
    }

    /** One page of the customer's own statements, the latest month first; never its reseller's cost. */
    public List<StatementRow> findOwnStatements(@NotNull PageRequest request) {
        Caller caller = access.requireCustomerAdmin("own customer statements");
        return reads.findStatements(Owner.CUSTOMER, caller.organizationId(), null, request);
    }

    /** One statement of the caller's (as its reseller, with cost; as its customer, without). */
    public StatementRow statement(long statementId) {
        Readable readable = readable(statementId);
        return reads.statement(statementId, readable.withCost());
    }

    public long countLines(long statementId) {
        readable(statementId);
        return reads.countLines(statementId);
    }

    /** One page of a statement's lines, by offer; the cost only for its reseller. */
    public List<StatementLineRow> findLines(long statementId, @NotNull PageRequest request) {
        Readable readable = readable(statementId);
        return reads.findLines(statementId, readable.withCost(), request.first(), request.size());
    }

    /**
     * The statement as the customer receives it (its prices and amounts, never the reseller's cost), as PDF or CSV in
     * {@code locale}'s language (null: the caller's own language, else English).
     */
    public DocumentFile statementDocument(long statementId, @NotNull DocumentFormat format, Locale locale) {
        Readable readable = readable(statementId);
        return documents.statement(reads.statement(statementId, false), format, language(readable.caller(), locale));
    }

    /** How many rows the reseller's margin report has for those months (inclusive), filtered by customer or offer. */
    public long countMargins(@NotNull YearMonth from, @NotNull YearMonth through, String filter) {
        Caller caller = requireReseller();
        requireRange(from, through);
        return reads.countMargins(caller.organizationId(), from, through, filter);
    }

    /**
     * One page of the reseller's margin report: revenue (at its customers' prices), cost and margin per month,
     * customer, offer and currency, summed in the database; the latest month first.
     */
    public List<MarginRow> findMargins(
            @NotNull YearMonth from, @NotNull YearMonth through, @NotNull PageRequest request) {
        Caller caller = requireReseller();
        requireRange(from, through);
        return reads.findMargins(
                caller.organizationId(), from, through, request.filter(), request.first(), request.size());
    }

    /** The margin report for those months and filter (every row), as PDF or CSV in the reader's language. */
    public DocumentFile marginReport(
            @NotNull YearMonth from,
            @NotNull YearMonth through,
            String filter,
            @NotNull DocumentFormat format,
            Locale locale) {
        Caller caller = requireReseller();
        requireRange(from, through);
        return documents.margins(caller.organizationId(), from, through, filter, format, language(caller, locale));
    }

    private Caller requireReseller() {
        return access.require(OrganizationKind.RESELLER, "customer statements");
    }

    private static void requireRange(YearMonth from, YearMonth through) {
        if (from.isAfter(through) || from.plusMonths(MAX_MONTHS).isBefore(through)) {
            throw new BillingRefusedException(MONTH_RANGE, MAX_MONTHS);
        }
    }

    private record Readable(Caller caller, boolean withCost) {}

    /** The caller may read the statement: its reseller's keeper, or its customer's global admin; else not found. */
    private Readable readable(long statementId) {
        Caller caller = access.requireStatementReader("customer statement " + statementId);
        boolean reseller = BillingAccess.isResellerKeeper(caller);
        CustomerStatement statement = em.find(CustomerStatement.class, statementId);
        long owner = statement == null ? -1 : reseller ? statement.getResellerId() : statement.getCustomerId();
        if (owner != caller.organizationId()) {
            if (statement == null) {
                access.denied(caller, "customer statement " + statementId, "no such statement");
            } else {
                access.denied(
                        caller,
                        "customer statement " + statementId,
                        "a statement of another organization",
                        reseller ? statement.getResellerId() : statement.getCustomerId());
            }
            throw new BillingRefusedException(NOT_FOUND);
        }
        return new Readable(caller, reseller);
    }

    static Locale language(Caller caller, Locale locale) {
        if (locale != null) {
            return locale;
        }
        return caller.locale() == null ? Locale.ENGLISH : caller.locale();
    }
}
