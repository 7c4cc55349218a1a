package org.channelcenter.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.SortKey;
import org.channelcenter.kernel.boundary.Total;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.entity.EmailAddresses;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.notification.control.Outbox;
import org.channelcenter.notification.entity.MailStatus;
import org.channelcenter.notification.entity.OutboxMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff › Outbox: every queued mail of every organization (the operator's staff run the mail relay, so
 * they see all of it), paged and filtered in the database; the text of a mail without its one-time links, so HELD
 * mail can be read;
 * and a test mail to check delivery. Staff of the operator only.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class Outboxes {

    /**
     * Counts stop here: a page turn of an outbox with a million mails must not count them all. A count of this
     * many means "this many or more".
     */
    public static final long COUNT_BOUND = 10_000;

    static final String TEST_TEMPLATE = "test.ping";

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Outbox outbox;

    // Optional, because MicroProfile Config treats the empty default ("no SMTP host") as a missing value.
    @Inject
    @ConfigProperty(name = "cc.smtp.host")
    Optional<String> smtpHost;

    /**
     * How many mails match the text (the start of the recipient) and status, either may be null for "any"; up to
     * {@link #COUNT_BOUND}.
     */
    public long count(String text, MailStatus status) {
        requireStaff();
        Filter filter = new Filter(prefix(text), status);
        List<Object> parameters = new ArrayList<>();
        String sql = "select count(*) from (select m.id from outbox_message m" + filter.sqlWhere(parameters)
                + " fetch first " + COUNT_BOUND + " rows only) matches";
        Query count = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
        }
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * One page of mails matching the request's text and the status, newest first, or oldest first when sorted by
     * creation ascending. Creation time is the one order, read from an index both ways (V20); status is a filter,
     * not a sort, and sorting a million mails by recipient or attempts would need an index per order and direction
     * on a table every delivery attempt writes, for little use.
     */
    public List<OutboxEntry> find(PageRequest request, MailStatus status) {
        requireStaff();
        Filter filter = new Filter(prefix(request.filter()), status);
        String direction = "createdAt".equals(request.sortField()) && request.ascending() ? " asc" : " desc";
        TypedQuery<OutboxEntry> rows = em.createQuery(
                        "select new org.channelcenter.notification.boundary.OutboxEntry("
                                + "m.id, m.createdAt, m.status, m.recipient, m.subject, m.template, m.attempts, m.nextAttemptAt,"
                                + " m.lastError, m.sentAt) from OutboxMessage m" + filter.where()
                                + " order by m.createdAt"
                                + direction + ", m.id" + direction,
                        OutboxEntry.class)
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        return filter.bind(rows).getResultList();
    }

    /**
     * The outbox's total for a table: exact up to {@link Total#BOUND}, else "more than" it; counted once per
     * text and status by the table, reading at most that many ids.
     */
    public Total total(String text, MailStatus status) {
        requireStaff();
        Filter filter = new Filter(prefix(text), status);
        return PageQueries.countUpTo(
                filter.bind(em.createQuery("select m.id from OutboxMessage m" + filter.where(), Long.class)));
    }

    /**
     * One page for a table, paged by keys on the creation time (see {@link #find} for the order): from the
     * request's seek key, read backwards for a previous or the last page, from the index of the order.
     */
    public KeyedPage<OutboxEntry> page(PageRequest request, MailStatus status) {
        requireStaff();
        Filter filter = new Filter(prefix(request.filter()), status);
        boolean ascending = "createdAt".equals(request.sortField()) && request.ascending();
        PageRequest ordered = new PageRequest(
                request.first(), request.size(), "createdAt", ascending, request.filter(), request.seek());
        String where = filter.where();
        String seek = PageQueries.seekCondition(ordered, "m.createdAt", "m.id");
        if (where.isEmpty() && !seek.isEmpty()) {
            seek = " where" + seek.substring(" and".length());
        }
        TypedQuery<OutboxEntry> rows = em.createQuery(
                "select new org.channelcenter.notification.boundary.OutboxEntry("
                        + "m.id, m.createdAt, m.status, m.recipient, m.subject, m.template, m.attempts, m.nextAttemptAt,"
                        + " m.lastError, m.sentAt) from OutboxMessage m" + where + seek + " order by "
                        + PageQueries.seekOrder(ordered, "m.createdAt", "m.id"),
                OutboxEntry.class);
        PageQueries.bindSeek(ordered, filter.bind(rows));
        return PageQueries.keyedPage(
                ordered, rows.getResultList(), entry -> new SortKey(entry.createdAt(), entry.id()));
    }

    /**
     * The search text as a LIKE prefix of the lower-case recipient, its wildcards escaped by '\'; null for none.
     * A prefix, not "contains": it is read from the recipient key's index instead of every mail on each keystroke.
     */
    static String prefix(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }

    /**
     * The text of one mail as it was (or will be) sent, except that each one-time link is {@link
     * org.channelcenter.notification.entity.OneTimeLinks#REMOVED}: staff never read a link meant for someone else.
     * Empty if there is no such mail.
     */
    public Optional<String> body(long id) {
        requireStaff();
        return Optional.ofNullable(em.find(OutboxMessage.class, id)).map(OutboxMessage::getBody);
    }

    /**
     * Queues the test mail ({@code test.ping}) to the address, in the language given (the one the staff member
     * is reading the portal in), else in their profile's, else in English. It is delivered like any other mail,
     * or HELD when no SMTP host is configured.
     */
    public OutboxEntry sendTestMail(
            @NotBlank @Pattern(regexp = EmailAddresses.PATTERN) @Size(max = 320) String recipient, Locale language) {
        Caller caller = requireStaff();
        String address = recipient.strip();
        Locale locale = language != null ? language : caller.locale() != null ? caller.locale() : Locale.ENGLISH;
        OutboxMessage mail = outbox.enqueue(TEST_TEMPLATE, address, locale, Map.of("name", address));
        em.flush(); // the identity id is assigned on insert
        return new OutboxEntry(
                mail.getId(),
                mail.getCreatedAt(),
                mail.getStatus(),
                mail.getRecipient(),
                mail.getSubject(),
                mail.getTemplate(),
                mail.getAttempts(),
                mail.getNextAttemptAt(),
                mail.getLastError(),
                mail.getSentAt());
    }

    /** False when no SMTP host is configured, so new mail is HELD here instead of being sent. */
    public boolean isDeliveryConfigured() {
        requireStaff();
        return smtpHost.filter(host -> !host.isBlank()).isPresent();
    }

    /** The role alone is not enough: only active staff of the operator organization read everyone's mail. */
    private Caller requireStaff() {
        Caller caller = currentCaller.require();
        if (!caller.isStaff()) {
            throw new EJBAccessException("outbox is for operator staff");
        }
        return caller;
    }

    /**
     * The WHERE clause for the filters actually given. Derby cannot type "? is null", so an absent filter
     * leaves its condition out rather than binding a null.
     */
    private record Filter(String pattern, MailStatus status) {

        String where() {
            List<String> conditions = new ArrayList<>();
            if (pattern != null) {
                conditions.add("m.recipientKey like :pattern escape '\\'");
            }
            if (status != null) {
                conditions.add("m.status = :status");
            }
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        /** The same conditions in SQL, their values added to {@code parameters} (bound as ?1, ?2, ...). */
        String sqlWhere(List<Object> parameters) {
            List<String> conditions = new ArrayList<>();
            if (pattern != null) {
                parameters.add(pattern);
                conditions.add("m.recipient_key like ?" + parameters.size() + " escape '\\'");
            }
            if (status != null) {
                parameters.add(status.name());
                conditions.add("m.status = ?" + parameters.size());
            }
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (pattern != null) {
                query.setParameter("pattern", pattern);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
            return query;
        }
    }
}
