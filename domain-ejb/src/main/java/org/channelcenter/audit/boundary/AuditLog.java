package org.channelcenter.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.control.SpreadsheetCells;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.Total;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.kernel.entity.Role;

/**
 * Reading the audit log, and recording refusals the web tier sees first. Staff of the operator read all
 * of it; the admins of any other organization read the events their organization acted in or is concerned
 * by, the organization taken from the principal. Filtered (organization, action, time range, text) and paged
 * in the database, one query per page; the CSV export streams page by page. Nothing here or anywhere else
 * changes or deletes an event (the database refuses it too, see migration V10).
 */
@Stateless
public class AuditLog {

    /**
     * Counts stop here: a page turn of a log with a million events must not count them all. A count of this
     * many means "this many or more".
     */
    public static final long COUNT_BOUND = 10_000;

    /** Events per query of the CSV export. */
    static final int EXPORT_PAGE = 500;

    /** Most organizations the organization filter offers for a text. */
    public static final int MAX_ORGANIZATION_CHOICES = 20;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    AuditTrail trail;

    @Inject
    CurrentCaller currentCaller;

    /** A signed-in user was refused a page or an action; {@code resource} says which. */
    @PermitAll
    public void recordAccessDenied(String resource, String clientAddress) {
        trail.record(AuditAction.ACCESS_DENIED, resource, clientAddress == null ? null : "from " + clientAddress);
    }

    /**
     * Records a refusal in its own transaction, so it stays recorded when the refused work is rolled back
     * (e.g. a failed membership sign-in in the enrollment wizard).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(AuditAction action, String actor, String target, String clientAddress) {
        trail.recordAs(actor, null, action, target, null, clientAddress);
    }

    /**
     * Records, in its own transaction, that the signed-in caller (or an anonymous visitor) was refused:
     * the refusal itself rolls back the caller's transaction, the record of it must stay.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordDenial(AuditAction action, String target, String details, Long... concernedOrganizations) {
        trail.record(action, target, details, concernedOrganizations);
    }

    /** How many events match the free text, up to {@link #COUNT_BOUND} (staff only). */
    @RolesAllowed(Role.Names.STAFF)
    public long count(String text) {
        return countEvents(AuditFilter.none().withText(text));
    }

    /** One page of events matching the request's free text, newest first unless sorted otherwise (staff only). */
    @RolesAllowed(Role.Names.STAFF)
    public List<AuditEntry> find(PageRequest request) {
        return findEvents(request, AuditFilter.none().withText(request.filter()));
    }

    /** How many events match the filter in the whole log, up to {@link #COUNT_BOUND} (staff only). */
    @RolesAllowed(Role.Names.STAFF)
    public long countEvents(@NotNull AuditFilter filter) {
        requireStaff();
        return countMatching(filter);
    }

    /** One page of the events {@link #countEvents} counts (staff only); the request's text is ignored. */
    @RolesAllowed(Role.Names.STAFF)
    public List<AuditEntry> findEvents(@NotNull PageRequest request, @NotNull AuditFilter filter) {
        requireStaff();
        return page(request, filter);
    }

    /**
     * How many events match the filter in the whole log, counted once per filter by a table: exact up to
     * {@link Total#BOUND}, else "more than" (staff only).
     */
    @RolesAllowed(Role.Names.STAFF)
    public Total totalEvents(@NotNull AuditFilter filter) {
        requireStaff();
        return new AuditSelection(filter).total(em);
    }

    /** One page of the events {@link #totalEvents} counts, from the request's seek key (staff only). */
    @RolesAllowed(Role.Names.STAFF)
    public KeyedPage<AuditEntry> pageOfEvents(@NotNull PageRequest request, @NotNull AuditFilter filter) {
        requireStaff();
        return new AuditSelection(filter).page(em, request);
    }

    /** Writes the events matching the filter as CSV (staff only); see {@link #writeCsv}. */
    @RolesAllowed(Role.Names.STAFF)
    public long exportCsv(
            @NotNull AuditFilter filter,
            @NotNull List<String> header,
            @NotNull Map<AuditAction, String> actionLabels,
            @NotNull OutputStream out)
            throws IOException {
        requireStaff();
        return writeCsv(filter, header, actionLabels, out);
    }

    /**
     * How many events of the caller's own organization match, up to {@link #COUNT_BOUND}: those it acted in or
     * is concerned by. For the
     * admins of a partner or customer organization; the organization is the caller's, whatever the filter says.
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT})
    public long countOwn(@NotNull AuditFilter filter) {
        return countMatching(filter.withOrganization(requireOrganizationAdmin().organizationId()));
    }

    /** One page of the events {@link #countOwn} counts. */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT})
    public List<AuditEntry> findOwn(@NotNull PageRequest request, @NotNull AuditFilter filter) {
        return page(request, filter.withOrganization(requireOrganizationAdmin().organizationId()));
    }

    /** {@link #totalEvents} for the events of the caller's own organization (see {@link #countOwn}). */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT})
    public Total totalOwn(@NotNull AuditFilter filter) {
        return new AuditSelection(
                        filter.withOrganization(requireOrganizationAdmin().organizationId()))
                .total(em);
    }

    /** One page of the events {@link #totalOwn} counts, from the request's seek key. */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT})
    public KeyedPage<AuditEntry> pageOfOwn(@NotNull PageRequest request, @NotNull AuditFilter filter) {
        return new AuditSelection(
                        filter.withOrganization(requireOrganizationAdmin().organizationId()))
                .page(em, request);
    }

    /** Writes the events {@link #countOwn} counts as CSV; see {@link #writeCsv}. */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT})
    public long exportOwnCsv(
            @NotNull AuditFilter filter,
            @NotNull List<String> header,
            @NotNull Map<AuditAction, String> actionLabels,
            @NotNull OutputStream out)
            throws IOException {
        return writeCsv(
                filter.withOrganization(requireOrganizationAdmin().organizationId()), header, actionLabels, out);
    }

    /**
     * Organizations whose directory domain starts with the text, for the staff's organization filter, in domain
     * order: 20 entries of the domain's unique index however many organizations there are (a million customers
     * are organizations too). The prefix is the index range [text, text with its last character the next one),
     * which both databases read from that index (PostgreSQL would not for LIKE 'abc%' under its C.UTF-8
     * collation). A name or "contains" search would read every organization on each keystroke; domains are
     * unique, lower case and what staff see in the log.
     */
    @RolesAllowed(Role.Names.STAFF)
    public List<AuditOrganization> findOrganizations(String text) {
        requireStaff();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String low = text.strip().toLowerCase(Locale.ROOT);
        char last = low.charAt(low.length() - 1);
        String high = low.substring(0, low.length() - 1) + (char) (last + 1);
        return em.createQuery(
                        "select new org.channelcenter.audit.boundary.AuditOrganization(o.id, o.name, o.directoryDomain)"
                                + " from Organization o where o.directoryDomain >= :low and o.directoryDomain < :high"
                                + " order by o.directoryDomain asc",
                        AuditOrganization.class)
                .setParameter("low", low)
                .setParameter("high", high)
                .setMaxResults(MAX_ORGANIZATION_CHOICES)
                .getResultList();
    }

    private long countMatching(AuditFilter filter) {
        return new AuditSelection(filter).count(em, COUNT_BOUND);
    }

    private List<AuditEntry> page(PageRequest request, AuditFilter filter) {
        return new AuditSelection(filter).page(em, request).rows();
    }

    /**
     * The CSV export: a localized header row, then one line per event, newest first. Read
     * {@value #EXPORT_PAGE} events at a time (keyset on time and id, so each page is one indexed query however
     * deep the export goes) and written as they come: the log is never held in memory. A UTF-8 byte-order mark
     * first, so that spreadsheet programs read Portuguese and Russian text correctly; cells that a spreadsheet
     * would run as formulas are written as text ({@link SpreadsheetCells}). Answers the rows written.
     */
    private long writeCsv(
            AuditFilter filter, List<String> header, Map<AuditAction, String> actionLabels, OutputStream out)
            throws IOException {
        AuditSelection selection = new AuditSelection(filter);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(
                writer,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get());
        long written = 0;
        AuditSelection.Keyset after = null;
        while (true) {
            List<AuditEntry> rows = selection.page(em, false, 0, EXPORT_PAGE, after);
            for (AuditEntry row : rows) {
                csv.printRecord(
                        row.occurredAt().toString(),
                        SpreadsheetCells.asText(actionLabels.getOrDefault(
                                row.action(), row.action().name())),
                        SpreadsheetCells.asText(row.actorLogin()),
                        SpreadsheetCells.asText(row.target()),
                        SpreadsheetCells.asText(row.details()),
                        SpreadsheetCells.asText(row.clientAddress()));
            }
            written += rows.size();
            if (rows.size() < EXPORT_PAGE) {
                break;
            }
            after = AuditSelection.Keyset.after(rows.get(rows.size() - 1));
        }
        csv.flush();
        return written;
    }

    /** The role alone is not enough: staff of the operator read the whole log. */
    private Caller requireStaff() {
        Caller caller = currentCaller.require();
        if (!caller.isStaff()) {
            throw new EJBAccessException("the whole audit log is for operator staff");
        }
        return caller;
    }

    /** An admin of a partner or customer organization; the operator's own users read the staff log. */
    private Caller requireOrganizationAdmin() {
        return currentCaller.require(Permission.READ_ORGANIZATION_AUDIT_LOG);
    }
}
