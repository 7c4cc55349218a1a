package org.channelcenter.web.audit;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.boundary.AuditEntry;
import org.channelcenter.audit.boundary.AuditFilter;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.Total;
import org.channelcenter.web.i18n.Dates;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * What the staff's and an organization's audit log pages share: the filters (action, dates from/to in the reader's zone,
 * the table's free text), the lazy table and the CSV export. Which events a page may read is the boundary's
 * decision, made from the principal; subclasses only say which boundary methods they call.
 */
public abstract class AuditEventsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> HEADER_KEYS = List.of(
            "audit.csv.occurredAt",
            "audit.action",
            "audit.actor",
            "audit.target",
            "audit.details",
            "audit.clientAddress");

    @Inject
    DomainMessages messages;

    @Inject
    Dates dates;

    private BoundaryLazyDataModel<AuditEntry> events;
    private AuditAction action;
    private LocalDate from;
    private LocalDate until;
    /** The table's free text as last applied, so the export holds exactly the rows the table shows. */
    private String text;

    /** The events' total for the filter, exact up to the bound (counted once per filter by the table). */
    protected abstract Total total(AuditFilter filter);

    /** One page of the events, from the request's seek key. */
    protected abstract KeyedPage<AuditEntry> page(PageRequest request, AuditFilter filter);

    protected abstract void export(
            AuditFilter filter, List<String> header, Map<AuditAction, String> actionLabels, OutputStream out)
            throws IOException;

    /** The organization the page narrows to; null for all the caller may read. */
    protected Long organizationId() {
        return null;
    }

    public BoundaryLazyDataModel<AuditEntry> getEvents() {
        if (events == null) {
            // the lambdas read the filter fields at each load; applying filters resets the table's total and
            // position (filtersChanged), the table's own text does so itself. Paged by keys on the time.
            events = BoundaryLazyDataModel.keyset(
                    typed -> {
                        text = typed;
                        return total(filter().withText(typed));
                    },
                    request -> page(request, filter().withText(request.filter())),
                    entry -> Long.toString(entry.id()));
        }
        return events;
    }

    /**
     * The filters as typed; the dates are whole days in the reader's time zone (as the table shows the events),
     * "to" included.
     */
    public AuditFilter filter() {
        ZoneId zone = dates.getZone();
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end =
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditFilter(organizationId(), action, start, end, null);
    }

    /** The action or dates changed: the table counts again and reads from its first page. */
    public void filtersChanged() {
        if (events != null) {
            events.reset();
        }
    }

    public void resetFilters() {
        action = null;
        from = null;
        until = null;
        filtersChanged();
    }

    /**
     * The filtered events (the table's text included) as a CSV file, written by the boundary straight into the
     * response as it reads them.
     */
    public StreamedContent getCsv() {
        AuditFilter filter = filter().withText(text);
        List<String> header = HEADER_KEYS.stream().map(messages::text).toList();
        Map<AuditAction, String> labels = new EnumMap<>(AuditAction.class);
        Arrays.stream(AuditAction.values()).forEach(each -> labels.put(each, actionLabel(each)));
        return DefaultStreamedContent.builder()
                .name("audit-log.csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        export(filter, header, labels, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** Every action, by its label in the page's language, for the action filter. */
    public List<AuditAction> getActions() {
        return Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(this::actionLabel))
                .toList();
    }

    public String actionLabel(AuditAction each) {
        return messages.text("auditAction." + each.name());
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
