package org.channelcenter.customer.boundary;

import static org.channelcenter.customer.entity.CustomerRefusedException.Reason.ALREADY_RELATED;
import static org.channelcenter.customer.entity.CustomerRefusedException.Reason.CONSENT_MISSING;
import static org.channelcenter.customer.entity.CustomerRefusedException.Reason.DOMAIN_TAKEN;
import static org.channelcenter.customer.entity.CustomerRefusedException.Reason.NOT_CUSTOMER_ADMIN;
import static org.channelcenter.customer.entity.CustomerRefusedException.Reason.NO_ACTIVE_PARTNERSHIP;
import static org.channelcenter.customer.entity.CustomerRefusedException.Reason.SIGN_IN_FAILED;
import static org.channelcenter.customer.entity.CustomerRefusedException.Reason.SIGN_IN_THROTTLED;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.control.InvitationAudits;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.customer.control.CustomerMail;
import org.channelcenter.customer.entity.CustomerInvitation;
import org.channelcenter.customer.entity.CustomerRefusedException;
import org.channelcenter.customer.entity.CustomerRelationship;
import org.channelcenter.directory.boundary.NewDirectory;
import org.channelcenter.directory.boundary.SignInResult;
import org.channelcenter.directory.boundary.SignIns;
import org.channelcenter.directory.control.Directories;
import org.channelcenter.directory.control.UserAccountRepository;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.boundary.Invitations;
import org.channelcenter.kernel.boundary.SentInvitation;
import org.channelcenter.kernel.control.InvitationKind;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.InvitationRefusal;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.partnership.entity.Partnership;

/**
 * A reseller invites customers to reseller relationships (SPEC §6) — alone ("Request a reseller relationship")
 * or together with one of its providers ("Invite new customers") — and the customer's global admin accepts by
 * the link, signing in to the customer's directory or creating a new one. Reseller-side methods act only on
 * the caller's own organization's invitations (another id is refused, audited, and reveals nothing). Links
 * carry a 256-bit token of which only the hash is stored; they work once, for 30 days, unless revoked or
 * replaced.
 */
@Stateless
public class CustomerInvitations
        extends Invitations<CustomerInvitation, CustomerInvitationRow, CustomerInvitationView> {

    @Inject
    CustomerMail mail;

    @EJB
    SignIns signIns;

    @Inject
    UserAccountRepository users;

    @Inject
    Directories directories;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog auditLog;

    /**
     * The provider a reseller may invite customers together with: one with which the caller's reseller has an
     * active partnership. Returns its name; anything else is refused (and audited).
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public String partnerProviderName(long providerId) {
        return activePartnerProvider(requireInviter(), providerId).getName();
    }

    /**
     * Creates a pending invitation and returns its draft email, with the personalized link, for the sender to
     * edit, open in their mail client, copy, or {@link #send}. Reseller admins and sales agents only; with a
     * provider only while the two are active partners.
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public InvitationDraft invite(@NotNull @Valid NewCustomerInvitation request) {
        Caller caller = requireInviter();
        Organization provider =
                request.providerId() == null ? null : activePartnerProvider(caller, request.providerId());
        UserAccount inviter = em.find(UserAccount.class, caller.userId());
        return lifecycle()
                .invite(tokenHash ->
                        new CustomerInvitation(inviter, provider, request.letter(), tokenHash, Instant.now()));
    }

    /** Who asks and in their words; the customer may have no account here yet. */
    @Override
    protected CustomerInvitationView view(CustomerInvitation invitation) {
        Organization reseller = invitation.getReseller();
        Organization provider = invitation.getProvider();
        UserAccount inviter = invitation.getInvitedBy();
        return new CustomerInvitationView(
                reseller.getName(),
                reseller.getDirectoryDomain(),
                reseller.getCountryCode(),
                provider == null ? null : provider.getName(),
                provider == null ? null : provider.getDirectoryDomain(),
                inviter.getDisplayName(),
                inviter.getEmail(),
                invitation.getPersonalMessage(),
                invitation.getExpiresAt());
    }

    /**
     * An existing customer accepts: its global admin signs in to the customer's directory on the page (checked
     * like any sign-in: audited, counted towards lock-out, throttled per client address) and consents. Anyone else
     * is refused, and audited.
     */
    @PermitAll // who may accept is decided below, from the credentials typed on the page
    public AcceptedInvitation acceptAsDirectoryAdmin(
            String token, String signInName, String password, boolean consent, String clientAddress) {
        CustomerInvitation invitation = lifecycle().usable(token);
        if (!consent) {
            throw new CustomerRefusedException(CONSENT_MISSING);
        }
        if (signInName == null || password == null) {
            throw new CustomerRefusedException(SIGN_IN_FAILED);
        }
        SignInResult signIn = signIns.verify(signInName, password.toCharArray(), clientAddress);
        if (signIn.outcome() == SignInResult.Outcome.THROTTLED) {
            throw new CustomerRefusedException(SIGN_IN_THROTTLED);
        }
        if (!signIn.succeeded()) {
            throw new CustomerRefusedException(SIGN_IN_FAILED);
        }
        UserAccount admin =
                users.byLoginName(signInName).orElseThrow(() -> new CustomerRefusedException(SIGN_IN_FAILED));
        if (admin.getOrganization().getKind() != OrganizationKind.CUSTOMER || !admin.hasRole(Role.GLOBAL_ADMIN)) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    "customer invitation " + invitation.getId(),
                    admin.getLoginName() + " is not a global admin of a customer directory",
                    admin.getOrganization().getId());
            throw new CustomerRefusedException(NOT_CUSTOMER_ADMIN);
        }
        return accept(invitation, admin);
    }

    /**
     * A new customer accepts: "Create new tenant" (company, domain prefix, country/region, the admin's name,
     * email and password) and consent. The directory and all relationships are created in one transaction.
     */
    @PermitAll
    public AcceptedInvitation acceptWithNewDirectory(
            String token, @NotNull @Valid NewDirectory directory, boolean consent, @NotNull Locale locale) {
        CustomerInvitation invitation = lifecycle().usable(token);
        if (!consent) {
            throw new CustomerRefusedException(CONSENT_MISSING);
        }
        UserAccount admin = directories.create(
                directory,
                OrganizationKind.CUSTOMER,
                organization -> {},
                locale,
                Instant.now(),
                () -> new CustomerRefusedException(DOMAIN_TAKEN));
        return accept(invitation, admin);
    }

    /** The suffix every directory ends in ({@code cc.directory.suffix}), shown next to the domain prefix. */
    @PermitAll
    public String directorySuffix() {
        return directories.suffix();
    }

    /**
     * Every relationship of the invitation in this one transaction. Of two simultaneous acceptances exactly one
     * succeeds (the invitation's version, the unique active pair); the other is told the link was used.
     */
    private AcceptedInvitation accept(CustomerInvitation invitation, UserAccount admin) {
        Organization customer = admin.getOrganization();
        Organization reseller = invitation.getReseller();
        if (!reseller.isApprovedPartner()) {
            throw invitation.refused(InvitationRefusal.LINK_INVALID); // the reseller left the portal meanwhile
        }
        Organization provider = invitation.getProvider();
        if (provider != null && !activePartners(provider, reseller)) {
            throw new CustomerRefusedException(NO_ACTIVE_PARTNERSHIP);
        }
        List<CustomerRelationship> relationships =
                invitation.accept(customer, partner -> related(customer, partner), admin.getLoginName(), Instant.now());
        relationships.forEach(em::persist);
        // a lost race on the invitation's version: accepted a moment ago by someone else; on the unique active pair:
        // related a moment ago
        Writes.flushOr(
                em,
                e -> invitation.refused(InvitationRefusal.LINK_USED),
                e -> new CustomerRefusedException(ALREADY_RELATED));
        for (CustomerRelationship relationship : relationships) {
            audit.recordAs(
                    admin.getLoginName(),
                    customer.getId(),
                    AuditAction.CUSTOMER_RELATIONSHIP_CREATED,
                    "customer relationship " + relationship.getId(),
                    customer.getName() + " authorized "
                            + relationship.getPartner().getName() + " (invitation " + invitation.getId() + ")",
                    null,
                    Stream.of(customer.getId(), relationship.getPartner().getId(), reseller.getId())
                            .distinct()
                            .toArray(Long[]::new));
            mail.started(relationship, recipientsFor(relationship, invitation.getInvitedBy()));
        }
        return new AcceptedInvitation(
                customer.getName(),
                customer.getDirectoryDomain(),
                admin.getLoginName(),
                relationships.stream().map(r -> r.getPartner().getName()).toList());
    }

    /** The partner's active admins, and the reseller's user who sent the invitation. */
    private List<UserAccount> recipientsFor(CustomerRelationship relationship, UserAccount inviter) {
        Map<Long, UserAccount> recipients = new LinkedHashMap<>();
        users.activeAdmins(relationship.getPartner().getId()).forEach(admin -> recipients.put(admin.getId(), admin));
        if (relationship.getPartner().getId().equals(inviter.getOrganization().getId())) {
            recipients.putIfAbsent(inviter.getId(), inviter);
        }
        return List.copyOf(recipients.values());
    }

    private boolean related(Organization customer, Organization partner) {
        return !em.createNamedQuery(CustomerRelationship.ACTIVE_FOR_PAIR, CustomerRelationship.class)
                .setParameter("pair", CustomerRelationship.pairKey(customer.getId(), partner.getId()))
                .getResultList()
                .isEmpty();
    }

    private boolean activePartners(Organization provider, Organization reseller) {
        return !em.createNamedQuery(Partnership.ACTIVE_FOR_PAIR, Partnership.class)
                .setParameter("pair", Partnership.pairKey(provider.getId(), reseller.getId()))
                .getResultList()
                .isEmpty();
    }

    /** A provider the caller's reseller is actively partnered with; anything else is refused and audited. */
    private Organization activePartnerProvider(Caller caller, long providerId) {
        Organization provider = em.find(Organization.class, providerId);
        Organization reseller = em.find(Organization.class, caller.organizationId());
        if (provider == null
                || provider.getKind() != OrganizationKind.PROVIDER
                || !activePartners(provider, reseller)) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    "organization " + providerId,
                    "inviting a customer together with a provider that is not an active partner",
                    caller.organizationId());
            throw new CustomerRefusedException(NO_ACTIVE_PARTNERSHIP);
        }
        return provider;
    }

    private static Long[] concerned(CustomerInvitation invitation) {
        return invitation.partners().stream().map(Organization::getId).toArray(Long[]::new);
    }

    @Override
    protected InvitationKind<CustomerInvitation> kind() {
        return new InvitationKind<>(
                CustomerInvitation.class,
                CustomerInvitation.KIND,
                Permission.INVITE_CUSTOMERS, // admins and sales agents (SPEC §1)
                "reseller",
                CustomerInvitation.BY_HASH,
                invitation -> invitation.getReseller().getId(),
                CustomerInvitations::concerned,
                CustomerInvitations::createdDetails,
                mail,
                InvitationAudits.recording(
                        audit,
                        auditLog,
                        AuditAction.CUSTOMER_INVITATION_CREATED,
                        AuditAction.CUSTOMER_INVITATION_SENT,
                        AuditAction.CUSTOMER_INVITATION_RESENT,
                        AuditAction.CUSTOMER_INVITATION_REVOKED,
                        AuditAction.CUSTOMER_LINK_REFUSED));
    }

    private static String createdDetails(CustomerInvitation invitation) {
        Organization provider = invitation.getProvider();
        return "to " + invitation.getRecipientEmail()
                + (provider == null ? "" : " together with " + provider.getName());
    }

    /** Inviter, provider and accepting customer joined: one query a page. */
    @Override
    protected String rowQuery() {
        return "select i, u.displayName, p.name, c.name from CustomerInvitation i"
                + " join i.invitedBy u left join i.provider p left join i.customer c";
    }

    @Override
    protected CustomerInvitationRow row(SentInvitation.Sent sent, Object[] selected) {
        return new CustomerInvitationRow(sent, (String) selected[2], (String) selected[3]);
    }
}
