package org.channelcenter.enrollment.boundary;

import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.CHANGED_BY_SOMEONE_ELSE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.enrollment.control.EnrollmentMail;
import org.channelcenter.enrollment.entity.EnrollmentApplication;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException;
import org.channelcenter.enrollment.entity.EnrollmentStatus;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.membership.entity.OrganizationProfile;

/**
 * Staff review of enrollment applications (SPEC §3 step 6): the queue, the automatic checks, and the
 * decisions. A decision names the version the reviewer saw: of two concurrent decisions one wins, the
 * other is told the application changed.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class EnrollmentReviews {

    /**
     * Sortable columns. Submission time, both ways, is read from the status's index (V20). The queue of one status
     * grows with partner applications, not with customers, so the name sorts and the "contains" filter may read
     * that status's applications.
     */
    private static final Map<String, String> SORTABLE = Map.of(
            "submittedAt", "a.submittedAt",
            "organizationName", "o.name",
            "legalName", "a.profile.legalName");

    private static final String FROM = " from EnrollmentApplication a join a.organization o"
            + " left join a.networkProfile p where a.status = :status";
    private static final String FILTER = " and (lower(o.name) like :pattern escape '\\'"
            + " or lower(a.profile.legalName) like :pattern escape '\\' or lower(o.directoryDomain) like :pattern escape '\\')";

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    EnrollmentMail mail;

    @Inject
    AuditTrail audit;

    public long count(EnrollmentStatus status, String filter) {
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        return query("select count(a)" + FROM, Long.class, status, request).getSingleResult();
    }

    /** The queue, oldest submission first unless sorted otherwise. */
    public List<ApplicationSummary> find(EnrollmentStatus status, PageRequest request) {
        String order = PageQueries.orderBy(request, SORTABLE, "a.submittedAt asc") + ", a.id asc";
        return query(
                        "select new org.channelcenter.enrollment.boundary.ApplicationSummary(a.id, o.name,"
                                + " o.directoryDomain, a.profile.legalName, a.countryCode, p.networkId, a.status, a.submittedAt)"
                                + FROM,
                        ApplicationSummary.class,
                        status,
                        request,
                        " order by " + order)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
    }

    private <T> TypedQuery<T> query(
            String select, Class<T> type, EnrollmentStatus status, PageRequest request, String... order) {
        return PageQueries.bindFilter(
                request,
                em.createQuery(select + PageQueries.filterClause(request, FILTER) + String.join("", order), type)
                        .setParameter("status", status));
    }

    public ApplicationView application(long id) {
        return ApplicationView.of(load(id));
    }

    /** The checks of SPEC §3: profile active, same country, network ID linked to this directory only, no duplicate legal name. */
    public List<AutomaticCheck> checks(long id) {
        EnrollmentApplication application = load(id);
        OrganizationProfile network = application.getNetworkProfile();
        Organization organization = application.getOrganization();
        String legalName = application.getProfile().getLegalName().trim().toLowerCase(Locale.ROOT);
        long sameLegalName = em.createNamedQuery(EnrollmentApplication.COUNT_BY_LEGAL_NAME, Long.class)
                        .setParameter("legalName", legalName)
                        .setParameter("id", id)
                        .setParameter("rejected", EnrollmentStatus.REJECTED)
                        .getSingleResult()
                + em.createQuery(
                                "select count(o) from Organization o where lower(o.name) = :name and o.id <> :id",
                                Long.class)
                        .setParameter("name", legalName)
                        .setParameter("id", organization.getId())
                        .getSingleResult();
        return List.of(
                new AutomaticCheck(
                        "contactVerified", application.getStatus() != EnrollmentStatus.CONTACT_VERIFICATION_PENDING),
                new AutomaticCheck("profileActive", network != null && network.isActive()),
                new AutomaticCheck(
                        "sameCountry",
                        network != null && network.getCountryCode().equalsIgnoreCase(organization.getCountryCode())),
                new AutomaticCheck(
                        "networkIdLinkedHereOnly",
                        network != null && organization.getId().equals(network.getLinkedOrganizationId())),
                new AutomaticCheck("noDuplicateLegalName", sameLegalName == 0));
    }

    public void approve(long id, long seenVersion) {
        EnrollmentApplication application = loadAt(id, seenVersion);
        application.approve(staff(), Instant.now());
        if (application.getOrganization().isPending()) {
            application.getOrganization().approveEnrollment();
        }
        decided(application, AuditAction.ENROLLMENT_APPROVED);
    }

    public void reject(long id, long seenVersion, String reason) {
        EnrollmentApplication application = loadAt(id, seenVersion);
        application.reject(staff(), reason, Instant.now());
        if (application.getNetworkProfile() != null) {
            application.getNetworkProfile().unlink(); // the network ID may be used by a new application
        }
        decided(application, AuditAction.ENROLLMENT_REJECTED);
    }

    public void requestMoreInformation(long id, long seenVersion, String message) {
        EnrollmentApplication application = loadAt(id, seenVersion);
        application.requestMoreInformation(staff(), message, Instant.now());
        decided(application, AuditAction.ENROLLMENT_MORE_INFO_REQUESTED);
    }

    private void decided(EnrollmentApplication application, AuditAction action) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new EnrollmentRefusedException(CHANGED_BY_SOMEONE_ELSE);
        }
        mail.statusChanged(application);
        audit.record(
                action,
                "application " + application.getId(),
                application.getDecisionNote(),
                application.getOrganization().getId());
    }

    private EnrollmentApplication loadAt(long id, long seenVersion) {
        EnrollmentApplication application = load(id);
        if (application.getVersion() != seenVersion) {
            throw new EnrollmentRefusedException(CHANGED_BY_SOMEONE_ELSE);
        }
        return application;
    }

    private EnrollmentApplication load(long id) {
        EnrollmentApplication application = em.find(EnrollmentApplication.class, id);
        if (application == null) {
            throw new EnrollmentRefusedException(EnrollmentRefusedException.Reason.APPLICATION_NOT_FOUND);
        }
        return application;
    }

    private String staff() {
        return currentCaller.require().loginName();
    }
}
