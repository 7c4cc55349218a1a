package org.channelcenter.kernel.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.InvitationKind;
import org.channelcenter.kernel.control.InvitationLifecycle;
import org.channelcenter.kernel.control.InvitationMailAllowance;
import org.channelcenter.kernel.entity.Invitation;
import org.channelcenter.kernel.entity.Role;

/**
 * One kind of invitation, the same for every kind: send the draft, list, count, revoke and re-send the caller's
 * organization's invitations, and show a usable link's invitation to its holder ({@link InvitationLifecycle}). A
 * {@code @Stateless} subclass says who may invite (in its {@link #kind}), how a list row and the link's view
 * read, creates the invitation, and decides what accepting it creates. Admins and sales agents invite (SPEC §1);
 * the database decides, through the permission.
 *
 * @param <I> the invitation entity
 * @param <R> a row of the sender's list
 * @param <V> what the link's holder sees before accepting
 */
public abstract class Invitations<I extends Invitation, R extends SentInvitation, V> {

    @PersistenceContext(unitName = "channelcenter")
    protected EntityManager em;

    @Inject
    protected CurrentCaller currentCaller;

    @Inject
    InvitationMailAllowance mailAllowance;

    private InvitationLifecycle<I> lifecycle;

    /** The entity, who may send it, its sender, its mail and its audit actions. */
    protected abstract InvitationKind<I> kind();

    /**
     * The list's query up to its WHERE: the invitation as {@code i} first, the inviter's display name second, then
     * what {@link #row} reads.
     */
    protected abstract String rowQuery();

    /** A list row: what every list shows, and the kind's own columns from the query's third on. */
    protected abstract R row(SentInvitation.Sent sent, Object[] selected);

    private R row(I invitation, Object[] selected, Instant now) {
        return row(
                new SentInvitation.Sent(
                        invitation.getId(),
                        invitation.getRecipientEmail(),
                        (String) selected[1],
                        invitation.getSentAt(),
                        invitation.getExpiresAt(),
                        invitation.stateAt(now),
                        invitation.getVersion()),
                selected);
    }

    /** What the link's holder sees of a usable invitation. */
    protected abstract V view(I invitation);

    /** The caller, when the database (not only the sign-in) gives it the permission to invite; anyone else is refused. */
    protected Caller requireInviter() {
        return currentCaller.require(lifecycle().kind().invitePermission());
    }

    protected InvitationLifecycle<I> lifecycle() {
        if (lifecycle == null) {
            lifecycle = new InvitationLifecycle<>(em, kind(), mailAllowance);
        }
        return lifecycle;
    }

    /**
     * Sends the draft through the platform as the sender edited it. Refused when the text no longer holds the
     * invitation's personalized link (the recipient could not accept), the invitation is no longer pending, or the
     * organization has sent its invitation mails for the day ({@code cc.invitations.mails.per.day}).
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public void send(
            long invitationId,
            @NotNull(message = "{invitation.subject.required}")
                    @Size(min = 1, max = 300, message = "{invitation.subject.required}")
                    String subject,
            @NotNull(message = "{invitation.body.required}")
                    @Size(min = 1, max = 20000, message = "{invitation.body.required}")
                    String body) {
        lifecycle().send(requireInviter(), invitationId, subject, body);
    }

    /** How many of the caller's organization's invitations match the filter (recipient address). */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public long count(String filter) {
        return lifecycle().count(requireInviter(), filter);
    }

    /** One page of the caller's organization's invitations, newest first, in one query. */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public List<R> find(@NotNull PageRequest request) {
        return lifecycle().find(requireInviter(), request, rowQuery(), this::row);
    }

    /** Withdraws a pending invitation: its link stops working at once. */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public void revoke(long invitationId, long expectedVersion) {
        lifecycle().revoke(requireInviter(), invitationId, expectedVersion);
    }

    /**
     * Sends a pending or expired invitation again, through the platform, with a new link valid for 30 more
     * days; the previous link stops working.
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public void resend(long invitationId, long expectedVersion) {
        lifecycle().resend(requireInviter(), invitationId, expectedVersion);
    }

    /**
     * What the link's holder sees before accepting. Open to anyone with the link (the recipient may have no
     * account here yet); a used, expired, revoked or unknown link is refused with its reason, and audited.
     */
    @PermitAll
    public V invitation(String token) {
        return view(lifecycle().usable(token));
    }
}
