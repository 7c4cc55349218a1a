package org.channelcenter.partnership.boundary;

import static org.channelcenter.partnership.entity.PartnershipRefusedException.Reason.ALREADY_PARTNERS;
import static org.channelcenter.partnership.entity.PartnershipRefusedException.Reason.CONSENT_MISSING;
import static org.channelcenter.partnership.entity.PartnershipRefusedException.Reason.LINK_INVALID;
import static org.channelcenter.partnership.entity.PartnershipRefusedException.Reason.LINK_MISSING_FROM_TEXT;
import static org.channelcenter.partnership.entity.PartnershipRefusedException.Reason.LINK_USED;
import static org.channelcenter.partnership.entity.PartnershipRefusedException.Reason.NOT_FOUND;
import static org.channelcenter.partnership.entity.PartnershipRefusedException.Reason.NOT_RESELLER_ADMIN;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.SecureToken;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.notification.control.MailTemplates;
import org.channelcenter.partnership.control.PartnershipMail;
import org.channelcenter.partnership.entity.Partnership;
import org.channelcenter.partnership.entity.PartnershipInvitation;
import org.channelcenter.partnership.entity.PartnershipRefusedException;

/**
 * A provider invites resellers (SPEC §5) and a reseller authorizes the provider by the invitation's link.
 * Provider-side methods act only on invitations of the caller's own organization (from the principal);
 * another organization's invitation id is refused, audited, and reveals nothing. Links carry a 256-bit
 * token of which only the hash is stored; they work once, for 30 days, unless revoked or replaced.
 */
@Stateless
public class PartnershipInvitations {

    private static final Map<String, String> SORTABLE = Map.of(
            "recipientEmail", "i.recipientEmail",
            "sentAt", "i.sentAt",
            "expiresAt", "i.expiresAt");

    private static final String FILTER = " and lower(i.recipientEmail) like :pattern escape '\\'";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog auditLog;

    @Inject
    PartnershipMail mail;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /**
     * Creates a pending invitation and returns its draft email, with the personalized link, for the sender to
     * edit, open in their mail client, copy, or {@link #send}. Provider admins and sales agents only.
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public InvitationDraft invite(@NotNull @Valid NewPartnershipInvitation request) {
        Caller caller = requireProviderInviter();
        Instant now = Instant.now();
        SecureToken token = SecureToken.generate();
        PartnershipInvitation invitation = new PartnershipInvitation(em.find(UserAccount.class, caller.userId()),
                request.recipientEmail(), request.message(), request.language(), token.hash(), now);
        em.persist(invitation);
        em.flush();
        audit.record(AuditAction.PARTNERSHIP_INVITATION_CREATED, "partnership invitation " + invitation.getId(),
                "to " + invitation.getRecipientEmail(), caller.organizationId());
        return draftOf(invitation, token);
    }

    /**
     * Sends the draft through the platform as the sender edited it. Refused when the text no longer holds the
     * invitation's personalized link (the recipient could not accept), or the invitation is no longer pending.
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public void send(long invitationId,
                     @NotNull(message = "{invitation.subject.required}") @Size(min = 1, max = 300, message = "{invitation.subject.required}") String subject,
                     @NotNull(message = "{invitation.body.required}") @Size(min = 1, max = 20000, message = "{invitation.body.required}") String body) {
        Caller caller = requireProviderInviter();
        PartnershipInvitation invitation = ownInvitation(caller, invitationId);
        if (!invitation.isPendingAt(Instant.now())) {
            throw new PartnershipRefusedException(PartnershipRefusedException.Reason.INVITATION_NOT_PENDING);
        }
        if (!invitation.isLinkedFrom(body, PartnershipMail.AUTHORIZE_PATH)) {
            throw new PartnershipRefusedException(LINK_MISSING_FROM_TEXT);
        }
        mail.sendWritten(invitation, subject.strip(), body);
        audit.record(AuditAction.PARTNERSHIP_INVITATION_SENT, "partnership invitation " + invitation.getId(),
                "to " + invitation.getRecipientEmail(), caller.organizationId());
    }

    /** How many of the caller's provider's invitations match the filter (recipient address). */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public long count(String filter) {
        Caller caller = requireProviderInviter();
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        TypedQuery<Long> query = em.createQuery("select count(i) from PartnershipInvitation i"
                + " where i.provider.id = :provider" + PageQueries.filterClause(request, FILTER), Long.class);
        return PageQueries.bindFilter(request, query.setParameter("provider", caller.organizationId())).getSingleResult();
    }

    /** One page of the caller's provider's invitations, newest first (one query, inviter and reseller joined). */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public List<InvitationRow> find(@NotNull PageRequest request) {
        Caller caller = requireProviderInviter();
        String order = PageQueries.orderBy(request, SORTABLE, "i.sentAt desc") + ", i.id desc";
        TypedQuery<Object[]> query = em.createQuery("select i, u.displayName, r.name from PartnershipInvitation i"
                        + " join i.invitedBy u left join i.reseller r"
                        + " where i.provider.id = :provider" + PageQueries.filterClause(request, FILTER) + " order by " + order,
                        Object[].class)
                .setParameter("provider", caller.organizationId())
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        Instant now = Instant.now();
        return PageQueries.bindFilter(request, query).getResultStream().map(row -> {
            PartnershipInvitation invitation = (PartnershipInvitation) row[0];
            return new InvitationRow(invitation.getId(), invitation.getRecipientEmail(), (String) row[1],
                    invitation.getSentAt(), invitation.getExpiresAt(), invitation.stateAt(now), (String) row[2],
                    invitation.getVersion());
        }).toList();
    }

    /** Withdraws a pending invitation: its link stops working at once. */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public void revoke(long invitationId, long expectedVersion) {
        Caller caller = requireProviderInviter();
        PartnershipInvitation invitation = ownInvitation(caller, invitationId, expectedVersion);
        invitation.revoke(caller.loginName(), Instant.now());
        ConcurrentChangeException.flush(em, "partnership invitation " + invitationId);
        audit.record(AuditAction.PARTNERSHIP_INVITATION_REVOKED, "partnership invitation " + invitationId,
                "to " + invitation.getRecipientEmail(), caller.organizationId());
    }

    /**
     * Sends a pending or expired invitation again, through the platform, with a new link valid for 30 more
     * days; the previous link stops working.
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public void resend(long invitationId, long expectedVersion) {
        Caller caller = requireProviderInviter();
        PartnershipInvitation invitation = ownInvitation(caller, invitationId, expectedVersion);
        SecureToken token = SecureToken.generate();
        invitation.renew(token.hash(), Instant.now());
        ConcurrentChangeException.flush(em, "partnership invitation " + invitationId);
        InvitationDraft draft = draftOf(invitation, token);
        mail.sendWritten(invitation, draft.subject(), draft.body());
        audit.record(AuditAction.PARTNERSHIP_INVITATION_RESENT, "partnership invitation " + invitationId,
                "to " + invitation.getRecipientEmail(), caller.organizationId());
    }

    /**
     * What the link's holder may see before authorizing: the provider and its message. Open to anyone with
     * the link (the reseller may not have signed in yet); a used, expired, revoked or unknown link is refused
     * with its reason, and the refusal is audited. A signed-in user who may not authorize is told so at once
     * (and that is audited too).
     */
    @PermitAll
    public ProviderInvitationView invitation(String token) {
        PartnershipInvitation invitation = usableInvitation(token);
        Organization provider = invitation.getProvider();
        UserAccount inviter = invitation.getInvitedBy();
        Caller caller = currentCaller.find().orElse(null);
        boolean mayAuthorize = caller != null && mayAuthorize(caller);
        if (caller != null && !mayAuthorize) {
            auditLog.recordDenial(AuditAction.ACCESS_DENIED, "partnership invitation " + invitation.getId(),
                    "opened by a user who may not authorize providers", caller.organizationId());
        }
        return new ProviderInvitationView(provider.getName(), provider.getDirectoryDomain(), provider.getCountryCode(),
                inviter.getDisplayName(), inviter.getEmail(), invitation.getPersonalMessage(),
                invitation.getExpiresAt(), mayAuthorize);
    }

    /** An admin (admin agent or global admin) of an approved reseller: who may authorize a provider. */
    private static boolean mayAuthorize(Caller caller) {
        return caller.organizationKind() == OrganizationKind.RESELLER && caller.isAdmin();
    }

    /**
     * The reseller authorizes the provider: only an admin (admin agent or global admin) of an approved reseller,
     * who ticked the consent box, and only if the two are not already partners. Of two simultaneous
     * acceptances exactly one succeeds (the invitation's version and the unique active pair); the other is
     * told the link was used. Both sides are mailed.
     */
    @PermitAll // the link may be opened by anyone; who may accept is decided below, and refusals are audited
    public PartnershipRow accept(String token, boolean consent) {
        Caller caller = currentCaller.find().orElseThrow(() -> new EJBAccessException("not signed in"));
        PartnershipInvitation invitation = usableInvitation(token);
        if (!mayAuthorize(caller)) {
            auditLog.recordDenial(AuditAction.ACCESS_DENIED, "partnership invitation " + invitation.getId(),
                    "only an admin of an approved reseller may authorize a provider", caller.organizationId());
            throw new PartnershipRefusedException(NOT_RESELLER_ADMIN);
        }
        if (!consent) {
            throw new PartnershipRefusedException(CONSENT_MISSING);
        }
        Organization reseller = em.find(Organization.class, caller.organizationId());
        Organization provider = invitation.getProvider();
        if (!em.createNamedQuery(Partnership.ACTIVE_FOR_PAIR, Partnership.class)
                .setParameter("pair", Partnership.pairKey(provider.getId(), reseller.getId()))
                .getResultList().isEmpty()) {
            throw new PartnershipRefusedException(ALREADY_PARTNERS);
        }
        Partnership partnership = invitation.accept(reseller, caller.loginName(), Instant.now());
        try {
            em.persist(partnership);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new PartnershipRefusedException(LINK_USED); // accepted a moment ago by someone else
        } catch (PersistenceException e) {
            throw new PartnershipRefusedException(ALREADY_PARTNERS); // the unique active pair
        }
        audit.record(AuditAction.PARTNERSHIP_STARTED, "partnership " + partnership.getId(),
                provider.getName() + " authorized by " + reseller.getName() + " (invitation " + invitation.getId() + ")",
                provider.getId(), reseller.getId());
        mail.started(partnership, invitation.getInvitedBy(), em.find(UserAccount.class, caller.userId()));
        return PartnershipRow.of(partnership, reseller.getId());
    }

    private PartnershipInvitation usableInvitation(String token) {
        PartnershipInvitation invitation = token == null || token.isBlank() ? null
                : em.createNamedQuery(PartnershipInvitation.BY_HASH, PartnershipInvitation.class)
                .setParameter("hash", SecureToken.hashOf(token))
                .getResultStream().findFirst().orElse(null);
        try {
            if (invitation == null) {
                throw new PartnershipRefusedException(LINK_INVALID);
            }
            invitation.checkUsableAt(Instant.now());
            return invitation;
        } catch (PartnershipRefusedException refused) {
            auditLog.recordDenial(AuditAction.PARTNERSHIP_LINK_REFUSED,
                    invitation == null ? "partnership invitation link" : "partnership invitation " + invitation.getId(),
                    refused.reason().name(), invitation == null ? new Long[0] : new Long[] {invitation.getProvider().getId()});
            throw refused;
        }
    }

    private InvitationDraft draftOf(PartnershipInvitation invitation, SecureToken token) {
        String link = mail.linkFor(token.value());
        MailTemplates.RenderedMail draft = mail.draft(invitation, link);
        return new InvitationDraft(invitation.getId(), invitation.getRecipientEmail(), draft.subject(), draft.body(), link);
    }

    /** A provider user: admins and sales agents invite (SPEC §1), as the database says now. */
    private Caller requireProviderInviter() {
        return currentCaller.require(Permission.INVITE_RESELLERS);
    }

    private PartnershipInvitation ownInvitation(Caller caller, long invitationId) {
        PartnershipInvitation invitation = em.find(PartnershipInvitation.class, invitationId);
        if (invitation == null || !caller.belongsTo(invitation.getProvider().getId())) {
            auditLog.recordDenial(AuditAction.ACCESS_DENIED, "partnership invitation " + invitationId,
                    "not an invitation of the caller's organization", caller.organizationId());
            throw new PartnershipRefusedException(NOT_FOUND);
        }
        return invitation;
    }

    private PartnershipInvitation ownInvitation(Caller caller, long invitationId, long expectedVersion) {
        PartnershipInvitation invitation = ownInvitation(caller, invitationId);
        ConcurrentChangeException.requireVersion(expectedVersion, invitation.getVersion(), "partnership invitation " + invitationId);
        return invitation;
    }
}
