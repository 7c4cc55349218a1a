package org.channelcenter.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.membership.control.Registrations;
import org.channelcenter.membership.control.RegistryImportJob;

/**
 * The partner-network registry as operator staff keep it: membership accounts owning organization profiles.
 * Staff only. Every change is validated as a whole and refused with a {@link RegistryException} naming each
 * problem (nothing written); user names and network IDs are unique; edits and deactivation apply to the
 * version staff saw. The link of a profile to a partner organization is made by enrollment, never here.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class Registry {

    /** Largest CSV accepted for import (also enforced by the upload component). */
    public static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    /** Sortable columns, by the names tables use; anything else sorts by legal name. */
    private static final Map<String, String> SORTABLE = Map.of(
            "userName", "a.userName",
            "networkId", "p.networkId",
            "legalName", "p.legalName",
            "countryCode", "p.countryCode",
            "status", "p.status");

    private static final String FROM = " from OrganizationProfile p join p.account a";

    // Derby cannot type "? is null", so the filter is added only when there is one.
    private static final String FILTER = " where p.networkId like :pattern escape '\\'"
            + " or lower(p.legalName) like :pattern escape '\\'"
            + " or a.userName like :pattern escape '\\'";

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    Registrations registrations;

    @Inject
    RegistryImportJob importJob;

    @Inject
    CurrentCaller currentCaller;

    /** How many profiles match the filter (network ID, legal name or user name, ignoring case). */
    public long count(String filter) {
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        TypedQuery<Long> count =
                em.createQuery("select count(p)" + FROM + PageQueries.filterClause(request, FILTER), Long.class);
        return PageQueries.bindFilter(request, count).getSingleResult();
    }

    /** One page of profiles with their account's user name, in one query. */
    public List<ProfileRow> find(PageRequest request) {
        String order = PageQueries.orderBy(request, SORTABLE, "p.legalName asc") + ", p.id asc";
        TypedQuery<ProfileRow> rows = em.createQuery(
                        "select new org.channelcenter.membership.boundary.ProfileRow("
                                + "p.id, a.id, a.userName, p.networkId, p.legalName, p.countryCode, p.status,"
                                + " p.linkedOrganizationId, p.version)" + FROM
                                + PageQueries.filterClause(request, FILTER) + " order by " + order,
                        ProfileRow.class)
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        return PageQueries.bindFilter(request, rows).getResultList();
    }

    /** A new membership account with its first organization profile; answers the profile's id. */
    public long createAccount(String userName, String password, ProfileDraft firstProfile) {
        return registrations
                .createAccount(userName, password, firstProfile, caller())
                .getId();
    }

    /** Another organization profile for an existing account; answers its id. */
    public long addProfile(long accountId, ProfileDraft profile) {
        return registrations.addProfile(accountId, profile, caller()).getId();
    }

    public void updateProfile(ProfileChange change) {
        registrations.updateProfile(change, caller());
    }

    public void deactivateProfile(long profileId, long version) {
        registrations.deactivate(profileId, version, caller());
    }

    public void resetPassword(long accountId, String newPassword) {
        registrations.resetPassword(accountId, newPassword, caller());
    }

    /**
     * Starts importing a CSV in the background and returns at once; {@code progress} fills as rows are done,
     * each row in its own transaction (see {@link RegistryImportJob}).
     */
    public void startImport(byte[] csv, String fileName, ImportProgress progress) {
        if (csv.length > MAX_IMPORT_BYTES) {
            progress.fail(RegistryProblem.FILE_TOO_LARGE);
            return;
        }
        importJob.run(csv.clone(), fileName, caller(), progress);
    }

    private Caller caller() {
        return currentCaller.require();
    }
}
