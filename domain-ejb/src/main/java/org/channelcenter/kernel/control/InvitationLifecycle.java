package org.channelcenter.kernel.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.InvitationAudit.Event;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.kernel.entity.Invitation;
import org.channelcenter.kernel.entity.InvitationRefusal;
import org.channelcenter.kernel.entity.InvitationRefusedException;

/**
 * The sender's side of every kind of invitation, written once: create it with its draft, send the draft as edited
 * (only while it still holds the link), list, count, revoke and re-send the sending organization's invitations,
 * and find the invitation a link stands for. A boundary decides who may call (its permission) and what accepting
 * creates; it passes the {@link Caller} it checked. Another organization's invitation id is refused as
 * {@link InvitationRefusal#NOT_FOUND}, audited, and reveals nothing; an unusable link is refused with its reason
 * and audited. Runs in the boundary's transaction (a plain class, no container magic).
 */
public class InvitationLifecycle<I extends Invitation> {

    static final Map<String, String> SORTABLE = Map.of(
            "recipientEmail", "i.recipientEmail",
            "sentAt", "i.sentAt",
            "expiresAt", "i.expiresAt");

    static final String FILTER = " and lower(i.recipientEmail) like :pattern escape '\\'";

    private final EntityManager em;
    private final InvitationKind<I> kind;
    private final InvitationMailAllowance mails;
    private final Clock clock;

    public InvitationLifecycle(EntityManager em, InvitationKind<I> kind, InvitationMailAllowance mails) {
        this(em, kind, mails, Clock.systemUTC());
    }

    /** The kind this lifecycle serves. */
    public InvitationKind<I> kind() {
        return kind;
    }

    InvitationLifecycle(EntityManager em, InvitationKind<I> kind, InvitationMailAllowance mails, Clock clock) {
        this.em = em;
        this.kind = kind;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Creates a pending invitation ({@code newInvitation} builds it from its token's hash) and returns its draft
     * email with the personalized link: the only time the token exists outside the recipient's mailbox.
     */
    public InvitationDraft invite(Function<String, I> newInvitation) {
        SecureToken token = SecureToken.generate();
        I invitation = newInvitation.apply(token.hash());
        em.persist(invitation);
        em.flush();
        kind.audit()
                .record(
                        Event.CREATED,
                        kind.target(invitation.getId()),
                        kind.createdDetails().apply(invitation),
                        kind.concerned().apply(invitation));
        return draftOf(invitation, token);
    }

    /**
     * Sends the draft as its sender edited it. Refused when the invitation is no longer pending, the text no
     * longer holds the invitation's current link (the recipient could not accept), or the sending organization has
     * used up its invitation mails for now ({@link InvitationMailAllowance}).
     */
    public void send(Caller caller, long invitationId, String subject, String body) {
        I invitation = own(caller, invitationId);
        if (!invitation.isPendingAt(clock.instant())) {
            throw invitation.refused(InvitationRefusal.INVITATION_NOT_PENDING);
        }
        if (!invitation.isLinkedFrom(body, kind.mail().acceptPath())) {
            throw invitation.refused(InvitationRefusal.LINK_MISSING_FROM_TEXT);
        }
        spendMail(invitation);
        kind.mail().sendWritten(invitation, subject.strip(), body);
        record(Event.SENT, invitation);
    }

    /** How many of the caller's organization's invitations match the filter (recipient address). */
    public long count(Caller caller, String filter) {
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        TypedQuery<Long> query = em.createQuery(countQuery(request), Long.class);
        return PageQueries.bindFilter(request, query.setParameter("sender", caller.organizationId()))
                .getSingleResult();
    }

    /**
     * One page of the caller's organization's invitations, newest first, in one query. {@code select} is the
     * query up to its WHERE, with the invitation as {@code i} and first in each row (e.g. {@code select i,
     * u.displayName from CustomerInvitation i join i.invitedBy u}); {@code toRow} makes a row of each result,
     * with the moment the rows were read.
     */
    public <R> List<R> find(Caller caller, PageRequest request, String select, RowMapper<I, R> toRow) {
        TypedQuery<Object[]> query = em.createQuery(findQuery(request, select), Object[].class)
                .setParameter("sender", caller.organizationId())
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        Instant now = clock.instant();
        return PageQueries.bindFilter(request, query)
                .getResultStream()
                .map(row -> toRow.row(kind.type().cast(row[0]), row, now))
                .toList();
    }

    /** Makes a list row of a query result (the invitation, then the other selected values). */
    @FunctionalInterface
    public interface RowMapper<I, R> {
        R row(I invitation, Object[] selected, Instant now);
    }

    String countQuery(PageRequest request) {
        return "select count(i) from " + kind.type().getSimpleName() + " i" + senderCondition(request);
    }

    String findQuery(PageRequest request, String select) {
        return select + senderCondition(request) + " order by "
                + PageQueries.orderBy(request, SORTABLE, "i.sentAt desc") + ", i.id desc";
    }

    private String senderCondition(PageRequest request) {
        return " where i." + kind.senderPath() + ".id = :sender" + PageQueries.filterClause(request, FILTER);
    }

    /** Withdraws a pending invitation, as seen at {@code expectedVersion}: its link stops working at once. */
    public void revoke(Caller caller, long invitationId, long expectedVersion) {
        I invitation = own(caller, invitationId, expectedVersion);
        invitation.revoke(caller.loginName(), clock.instant());
        Writes.flush(em, kind.target(invitationId));
        record(Event.REVOKED, invitation);
    }

    /**
     * Sends a pending or expired invitation again, as seen at {@code expectedVersion}, through the platform, with
     * a new link valid for a full lifetime; the previous link stops working. A re-send spends an invitation mail
     * like a send.
     */
    public void resend(Caller caller, long invitationId, long expectedVersion) {
        I invitation = own(caller, invitationId, expectedVersion);
        spendMail(invitation);
        SecureToken token = SecureToken.generate();
        invitation.renew(token.hash(), clock.instant());
        Writes.flush(em, kind.target(invitationId));
        InvitationDraft draft = draftOf(invitation, token);
        kind.mail().sendWritten(invitation, draft.subject(), draft.body());
        record(Event.RESENT, invitation);
    }

    /**
     * The invitation a link's token stands for, while it can be used; otherwise refused with the reason (unknown,
     * used, expired, revoked), and the refusal is audited.
     */
    public I usable(String token) {
        I invitation = token == null || token.isBlank()
                ? null
                : em.createNamedQuery(kind.byHash(), kind.type())
                        .setParameter("hash", SecureToken.hashOf(token))
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        try {
            if (invitation == null) {
                throw new InvitationRefusedException(InvitationRefusal.LINK_INVALID, kind.name());
            }
            invitation.checkUsableAt(clock.instant());
            return invitation;
        } catch (InvitationRefusedException refused) {
            kind.audit()
                    .record(
                            Event.LINK_REFUSED,
                            invitation == null ? kind.name() + " invitation link" : kind.target(invitation.getId()),
                            refused.refusal().name(),
                            invitation == null ? new Long[0] : kind.concerned().apply(invitation));
            throw refused;
        }
    }

    /** The caller's organization's invitation; any other id is refused as not found, and audited. */
    public I own(Caller caller, long invitationId) {
        I invitation = em.find(kind.type(), invitationId);
        if (invitation == null || !caller.belongsTo(kind.senderOf().applyAsLong(invitation))) {
            kind.audit()
                    .record(
                            Event.NOT_OWN,
                            kind.target(invitationId),
                            "not an invitation of the caller's organization",
                            caller.organizationId());
            throw new InvitationRefusedException(InvitationRefusal.NOT_FOUND, kind.name());
        }
        return invitation;
    }

    private I own(Caller caller, long invitationId, long expectedVersion) {
        I invitation = own(caller, invitationId);
        ConcurrentChangeException.requireVersion(expectedVersion, invitation.getVersion(), kind.target(invitationId));
        return invitation;
    }

    /**
     * Spends one of the sending organization's invitation mails; when none is left the send is refused, and the
     * refusal audited for that organization.
     */
    private void spendMail(I invitation) {
        long sender = kind.senderOf().applyAsLong(invitation);
        if (!mails.spend(sender, clock.instant())) {
            kind.audit()
                    .record(
                            Event.MAIL_LIMIT_REACHED,
                            kind.target(invitation.getId()),
                            "invitation mail limit reached, not sent to " + invitation.getRecipientEmail(),
                            sender);
            throw invitation.refused(InvitationRefusal.MAIL_LIMIT_REACHED);
        }
    }

    private InvitationDraft draftOf(I invitation, SecureToken token) {
        return kind.mail().draft(invitation, kind.mail().linkFor(token.value()));
    }

    private void record(Event event, I invitation) {
        kind.audit()
                .record(
                        event,
                        kind.target(invitation.getId()),
                        "to " + invitation.getRecipientEmail(),
                        kind.concerned().apply(invitation));
    }
}
