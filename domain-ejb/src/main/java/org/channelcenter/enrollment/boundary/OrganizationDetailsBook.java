package org.channelcenter.enrollment.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.enrollment.entity.BusinessProfile;
import org.channelcenter.enrollment.entity.EnrollmentApplication;
import org.channelcenter.enrollment.entity.EnrollmentStatus;
import org.channelcenter.enrollment.entity.OrganizationDetails;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.entity.ConcurrentChangeException;

/**
 * Account settings › Organization profile (SPEC §10, issue 16): every member of an organization reads its legal
 * and support details; its admins (GLOBAL_ADMIN or ADMIN_AGENT, as the database says) change them. The
 * organization is always the caller's, so no other organization's details can be named. A change by anyone else
 * is refused and audited; every change is audited with the names of the fields it changed (not their values).
 * Until the first save the details are those of the organization's approved enrollment application, if any.
 */
@Stateless
@PermitAll
public class OrganizationDetailsBook {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog auditLog;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    public OrganizationDetailsView read() {
        Caller caller = currentCaller.require();
        Organization organization = em.find(Organization.class, caller.organizationId());
        OrganizationDetails details = em.find(OrganizationDetails.class, caller.organizationId());
        if (details != null) {
            return new OrganizationDetailsView(
                    organization.getName(),
                    organization.getCountryCode(),
                    details.getProfile(),
                    details.getVersion(),
                    caller.isAdmin(),
                    details.getChangedBy(),
                    details.getChangedAt());
        }
        return new OrganizationDetailsView(
                organization.getName(),
                organization.getCountryCode(),
                enrolledProfile(organization),
                0,
                caller.isAdmin(),
                null,
                null);
    }

    /**
     * Saves the details, when the caller is an admin and nobody saved them since {@code expectedVersion} (0: never
     * saved). Answers the names of the fields that changed; nothing changed, nothing is written or audited.
     */
    public List<String> change(@NotNull @Valid BusinessProfile profile, long expectedVersion) {
        Caller caller = currentCaller.require();
        if (!caller.isAdmin()) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED, "organization details", "needs an admin role", caller.organizationId());
            throw new EJBAccessException("organization details are changed by the organization's admins");
        }
        Instant now = Instant.now();
        OrganizationDetails details =
                em.find(OrganizationDetails.class, caller.organizationId(), LockModeType.PESSIMISTIC_WRITE);
        List<String> changed;
        if (details == null) {
            if (expectedVersion != 0) {
                throw new ConcurrentChangeException("organization details");
            }
            Organization organization = em.find(Organization.class, caller.organizationId());
            changed = profile.changedFrom(enrolledProfile(organization));
            details = new OrganizationDetails(caller.organizationId(), profile, caller.loginName(), now);
            em.persist(details);
        } else {
            ConcurrentChangeException.requireVersion(expectedVersion, details.getVersion(), "organization details");
            changed = details.change(profile, caller.loginName(), now);
        }
        if (!changed.isEmpty()) {
            audit.record(
                    AuditAction.ORGANIZATION_DETAILS_CHANGED,
                    "organization " + caller.organizationId(),
                    "changed " + String.join(", ", changed),
                    caller.organizationId());
        }
        return changed;
    }

    /** The profile of the organization's latest approved application, or one with only its name. */
    private BusinessProfile enrolledProfile(Organization organization) {
        return em.createNamedQuery(EnrollmentApplication.OF_ORGANIZATION, EnrollmentApplication.class)
                .setParameter("organizationId", organization.getId())
                .setMaxResults(5)
                .getResultStream()
                .filter(application -> application.getStatus() == EnrollmentStatus.APPROVED)
                .findFirst()
                .map(application -> application.getProfile().copy())
                .orElseGet(() -> {
                    BusinessProfile named = new BusinessProfile();
                    named.setLegalName(organization.getName());
                    return named;
                });
    }
}
