package org.channelcenter.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.notification.control.Outbox;
import org.channelcenter.notification.entity.MailStatus;
import org.channelcenter.notification.entity.OutboxMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff › Outbox: every queued mail of every organization (the operator's staff run the mail relay, so
 * they see all of it), paged and filtered in the database; the text of a mail, so HELD mail can be read;
 * and a test mail to check delivery. Staff of the operator only.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class Outboxes {

    /** Sortable columns, by the names tables use; anything else sorts newest first. */
    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "m.createdAt",
            "status", "m.status",
            "recipient", "m.recipient",
            "attempts", "m.attempts",
            "nextAttemptAt", "m.nextAttemptAt");

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

    /** How many mails match the text (recipient or subject) and status; either may be null for "any". */
    public long count(String text, MailStatus status) {
        requireStaff();
        Filter filter = new Filter(PageQueries.likePattern(text), status);
        return filter.bind(em.createQuery("select count(m) from OutboxMessage m" + filter.where(), Long.class))
                .getSingleResult();
    }

    /** One page of mails matching the request's text and the status, newest first unless sorted otherwise. */
    public List<OutboxEntry> find(PageRequest request, MailStatus status) {
        requireStaff();
        Filter filter = new Filter(PageQueries.filterPattern(request), status);
        String order = PageQueries.orderBy(request, SORTABLE, "m.createdAt desc") + ", m.id desc";
        TypedQuery<OutboxEntry> rows = em.createQuery(
                        "select new org.channelcenter.notification.boundary.OutboxEntry("
                                + "m.id, m.createdAt, m.status, m.recipient, m.subject, m.template, m.attempts, m.nextAttemptAt,"
                                + " m.lastError, m.sentAt) from OutboxMessage m" + filter.where() + " order by "
                                + order,
                        OutboxEntry.class)
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        return filter.bind(rows).getResultList();
    }

    /** The text of one mail as it was (or will be) sent; empty if there is no such mail. */
    public Optional<String> body(long id) {
        requireStaff();
        return Optional.ofNullable(em.find(OutboxMessage.class, id)).map(OutboxMessage::getBody);
    }

    /**
     * Queues the test mail ({@code test.ping}) to the address, in the language given (the one the staff member
     * is reading the portal in), else in their profile's, else in English. It is delivered like any other mail,
     * or HELD when no SMTP host is configured.
     */
    public OutboxEntry sendTestMail(@NotBlank @Email @Size(max = 320) String recipient, Locale language) {
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
                conditions.add(
                        "(lower(m.recipient) like :pattern escape '\\' or lower(m.subject) like :pattern escape '\\')");
            }
            if (status != null) {
                conditions.add("m.status = :status");
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
