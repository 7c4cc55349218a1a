package org.channelcenter.partnership.boundary;

import static org.channelcenter.partnership.entity.PartnershipRefusedException.Reason.ALREADY_PARTNERS;
import static org.channelcenter.partnership.entity.PartnershipRefusedException.Reason.CONSENT_MISSING;
import static org.channelcenter.partnership.entity.PartnershipRefusedException.Reason.NOT_RESELLER_ADMIN;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.control.InvitationAudits;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.boundary.Invitations;
import org.channelcenter.kernel.boundary.SentInvitation;
import org.channelcenter.kernel.control.InvitationKind;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.kernel.entity.InvitationRefusal;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.kernel.entity.Role;
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
public class PartnershipInvitations extends Invitations<PartnershipInvitation, InvitationRow, ProviderInvitationView> {

    @Inject
    PartnershipMail mail;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog auditLog;

    /**
     * Creates a pending invitation and returns its draft email, with the personalized link, for the sender to
     * edit, open in their mail client, copy, or {@link #send}. Provider admins and sales agents only.
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public InvitationDraft invite(@NotNull @Valid InvitationLetter letter) {
        UserAccount inviter = em.find(UserAccount.class, requireInviter().userId());
        return lifecycle().invite(tokenHash -> new PartnershipInvitation(inviter, letter, tokenHash, Instant.now()));
    }

    /**
     * The provider and its message; the reseller may not have signed in yet. A signed-in user who may not
     * authorize is told so at once (and that is audited).
     */
    @Override
    protected ProviderInvitationView view(PartnershipInvitation invitation) {
        Organization provider = invitation.getProvider();
        UserAccount inviter = invitation.getInvitedBy();
        Caller caller = currentCaller.find().orElse(null);
        boolean mayAuthorize = caller != null && mayAuthorize(caller);
        if (caller != null && !mayAuthorize) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    "partnership invitation " + invitation.getId(),
                    "opened by a user who may not authorize providers",
                    caller.organizationId());
        }
        return new ProviderInvitationView(
                provider.getName(),
                provider.getDirectoryDomain(),
                provider.getCountryCode(),
                inviter.getDisplayName(),
                inviter.getEmail(),
                invitation.getPersonalMessage(),
                invitation.getExpiresAt(),
                mayAuthorize);
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
        PartnershipInvitation invitation = lifecycle().usable(token);
        if (!mayAuthorize(caller)) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    "partnership invitation " + invitation.getId(),
                    "only an admin of an approved reseller may authorize a provider",
                    caller.organizationId());
            throw new PartnershipRefusedException(NOT_RESELLER_ADMIN);
        }
        if (!consent) {
            throw new PartnershipRefusedException(CONSENT_MISSING);
        }
        Organization reseller = em.find(Organization.class, caller.organizationId());
        Organization provider = invitation.getProvider();
        if (!em.createNamedQuery(Partnership.ACTIVE_FOR_PAIR, Partnership.class)
                .setParameter("pair", Partnership.pairKey(provider.getId(), reseller.getId()))
                .getResultList()
                .isEmpty()) {
            throw new PartnershipRefusedException(ALREADY_PARTNERS);
        }
        Partnership partnership = invitation.accept(reseller, caller.loginName(), Instant.now());
        em.persist(partnership);
        // a lost race on the invitation's version: accepted a moment ago by someone else; on the unique active pair:
        // partnered a moment ago
        Writes.flushOr(
                em,
                e -> invitation.refused(InvitationRefusal.LINK_USED),
                e -> new PartnershipRefusedException(ALREADY_PARTNERS));
        audit.record(
                AuditAction.PARTNERSHIP_STARTED,
                "partnership " + partnership.getId(),
                provider.getName() + " authorized by " + reseller.getName() + " (invitation " + invitation.getId()
                        + ")",
                provider.getId(),
                reseller.getId());
        mail.started(partnership, invitation.getInvitedBy(), em.find(UserAccount.class, caller.userId()));
        return PartnershipRow.of(partnership, reseller.getId());
    }

    @Override
    protected InvitationKind<PartnershipInvitation> kind() {
        return new InvitationKind<>(
                PartnershipInvitation.class,
                PartnershipInvitation.KIND,
                Permission.INVITE_RESELLERS, // admins and sales agents (SPEC §1)
                "provider",
                PartnershipInvitation.BY_HASH,
                invitation -> invitation.getProvider().getId(),
                invitation -> new Long[] {invitation.getProvider().getId()},
                invitation -> "to " + invitation.getRecipientEmail(),
                mail,
                InvitationAudits.recording(
                        audit,
                        auditLog,
                        AuditAction.PARTNERSHIP_INVITATION_CREATED,
                        AuditAction.PARTNERSHIP_INVITATION_SENT,
                        AuditAction.PARTNERSHIP_INVITATION_RESENT,
                        AuditAction.PARTNERSHIP_INVITATION_REVOKED,
                        AuditAction.PARTNERSHIP_LINK_REFUSED));
    }

    /** Inviter and reseller joined: one query a page. */
    @Override
    protected String rowQuery() {
        return "select i, u.displayName, r.name from PartnershipInvitation i join i.invitedBy u left join i.reseller r";
    }

    @Override
    protected InvitationRow row(SentInvitation.Sent sent, Object[] selected) {
        return new InvitationRow(sent, (String) selected[2]);
    }
}
