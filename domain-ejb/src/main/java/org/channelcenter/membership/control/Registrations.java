package org.channelcenter.membership.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.control.PasswordHashing;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.membership.boundary.ProfileChange;
import org.channelcenter.membership.boundary.ProfileDraft;
import org.channelcenter.membership.boundary.RegistryException;
import org.channelcenter.membership.boundary.RegistryProblem;
import org.channelcenter.membership.entity.MembershipAccount;
import org.channelcenter.membership.entity.OrganizationProfile;

/**
 * Changes to the partner-network registry, each in the caller's transaction: validate everything first,
 * check uniqueness against the database, then write and audit. A refusal is a {@link RegistryException}
 * naming every problem found, thrown before anything is written (or, when a concurrent insert wins the
 * unique constraint, with the transaction marked for rollback), so nothing is ever half-written.
 *
 * <p>{@code by} is the staff member the audit names; it is passed in because an import runs on a container
 * thread, away from the request that started it.
 */
@Dependent
public class Registrations {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    /** A new membership account with its first profile. */
    public OrganizationProfile createAccount(String userName, String password, ProfileDraft first, Caller by) {
        List<RegistryProblem> problems = new ArrayList<>(RegistryRules.checkNewAccount(userName, password));
        problems.addAll(checkDraft(first));
        if (!problems.contains(RegistryProblem.USER_NAME_INVALID)
                && accountByUserName(userName).isPresent()) {
            problems.add(RegistryProblem.USER_NAME_TAKEN);
        }
        refuseIfAny(problems);
        MembershipAccount account = newAccount(userName, password, by);
        return newProfile(account, first, by);
    }

    /** Another profile for an existing account. */
    public OrganizationProfile addProfile(long accountId, ProfileDraft draft, Caller by) {
        MembershipAccount account = em.find(MembershipAccount.class, accountId);
        if (account == null) {
            throw new RegistryException(RegistryProblem.NOT_FOUND);
        }
        refuseIfAny(checkDraft(draft));
        return newProfile(account, draft, by);
    }

    /** Legal name, country/region and status, on the version staff saw. */
    public OrganizationProfile updateProfile(ProfileChange change, Caller by) {
        OrganizationProfile profile = profileSeenAt(change.profileId(), change.version());
        List<RegistryProblem> problems =
                new ArrayList<>(RegistryRules.checkProfileDetails(change.legalName(), change.countryCode()));
        if (change.status() == null) {
            problems.add(RegistryProblem.STATUS_INVALID);
        }
        refuseIfAny(problems);
        String before = describe(profile);
        profile.rename(change.legalName());
        profile.moveTo(change.countryCode());
        profile.changeStatus(change.status());
        String after = describe(profile);
        if (!before.equals(after)) {
            audit.recordAs(
                    login(by),
                    organization(by),
                    AuditAction.REGISTRY_PROFILE_UPDATED,
                    profile.getNetworkId(),
                    before + " -> " + after,
                    null);
        }
        return profile;
    }

    /** Sets the profile inactive; an inactive profile stays as it is. */
    public OrganizationProfile deactivate(long profileId, long version, Caller by) {
        OrganizationProfile profile = profileSeenAt(profileId, version);
        if (profile.isActive()) {
            profile.deactivate();
            audit.recordAs(
                    login(by),
                    organization(by),
                    AuditAction.REGISTRY_PROFILE_DEACTIVATED,
                    profile.getNetworkId(),
                    profile.getLegalName(),
                    null);
        }
        return profile;
    }

    public MembershipAccount resetPassword(long accountId, String newPassword, Caller by) {
        MembershipAccount account = em.find(MembershipAccount.class, accountId);
        if (account == null) {
            throw new RegistryException(RegistryProblem.NOT_FOUND);
        }
        refuseIfAny(RegistryRules.checkPassword(newPassword));
        account.changePasswordHash(hashing.hash(newPassword.toCharArray()));
        audit.recordAs(
                login(by),
                organization(by),
                AuditAction.REGISTRY_ACCOUNT_UPDATED,
                account.getUserName(),
                "password reset",
                null);
        return account;
    }

    /**
     * One CSV row: the account (created when the user name is new, which needs a password; an existing
     * account's password is left alone) plus the profile.
     *
     * @return true when the row created the account
     */
    public boolean importRow(ImportRow row, Caller by) {
        refuseIfAny(row.problems());
        Optional<MembershipAccount> existing = accountByUserName(row.userName());
        List<RegistryProblem> problems = new ArrayList<>();
        if (existing.isEmpty() && row.password() == null) {
            problems.add(RegistryProblem.PASSWORD_REQUIRED);
        }
        if (networkIdTaken(row.networkId())) {
            problems.add(RegistryProblem.NETWORK_ID_TAKEN);
        }
        refuseIfAny(problems);
        MembershipAccount account = existing.orElseGet(() -> newAccount(row.userName(), row.password(), by));
        newProfile(account, row.profile(), by);
        return existing.isEmpty();
    }

    /** The closing audit event of an import, in its own transaction after the rows. */
    public void recordImport(String fileName, int rows, int imported, int refused, Caller by) {
        audit.recordAs(
                login(by),
                organization(by),
                AuditAction.REGISTRY_IMPORTED,
                fileName,
                rows + " rows: " + imported + " imported, " + refused + " refused",
                null);
    }

    private List<RegistryProblem> checkDraft(ProfileDraft draft) {
        List<RegistryProblem> problems = new ArrayList<>(
                RegistryRules.checkNewProfile(draft.networkId(), draft.legalName(), draft.countryCode()));
        if (!problems.contains(RegistryProblem.NETWORK_ID_INVALID) && networkIdTaken(draft.networkId())) {
            problems.add(RegistryProblem.NETWORK_ID_TAKEN);
        }
        return problems;
    }

    private MembershipAccount newAccount(String userName, String password, Caller by) {
        MembershipAccount account =
                new MembershipAccount(userName, hashing.hash(password.toCharArray()), Instant.now());
        em.persist(account);
        flush();
        audit.recordAs(
                login(by), organization(by), AuditAction.REGISTRY_ACCOUNT_CREATED, account.getUserName(), null, null);
        return account;
    }

    private OrganizationProfile newProfile(MembershipAccount account, ProfileDraft draft, Caller by) {
        OrganizationProfile profile =
                new OrganizationProfile(account, draft.networkId(), draft.legalName(), draft.countryCode());
        profile.changeStatus(draft.status());
        em.persist(profile);
        flush();
        audit.recordAs(
                login(by),
                organization(by),
                AuditAction.REGISTRY_PROFILE_CREATED,
                profile.getNetworkId(),
                account.getUserName() + ": " + describe(profile),
                null);
        return profile;
    }

    private OrganizationProfile profileSeenAt(long profileId, long version) {
        OrganizationProfile profile = em.find(OrganizationProfile.class, profileId);
        if (profile == null) {
            throw new RegistryException(RegistryProblem.NOT_FOUND);
        }
        if (profile.getVersion() != version) {
            throw new RegistryException(RegistryProblem.CHANGED_MEANWHILE);
        }
        return profile;
    }

    private Optional<MembershipAccount> accountByUserName(String userName) {
        return em.createNamedQuery(MembershipAccount.BY_USER_NAME, MembershipAccount.class)
                .setParameter("userName", MembershipAccount.normalizeUserName(userName))
                .getResultStream()
                .findFirst();
    }

    private boolean networkIdTaken(String networkId) {
        return em.createNamedQuery(OrganizationProfile.COUNT_BY_NETWORK_ID, Long.class)
                        .setParameter("networkId", networkId)
                        .getSingleResult()
                > 0;
    }

    /**
     * Writes now, so that a concurrent insert of the same user name or network ID (which passed the checks
     * above at the same moment) surfaces here as the field's problem rather than as a failed commit; a record
     * changed meanwhile is told as such; another broken constraint, or any other failure, stays a fault.
     */
    private void flush() {
        Writes.flushOr(em, e -> new RegistryException(RegistryProblem.CHANGED_MEANWHILE), Registrations::takenField);
    }

    /** The field whose unique constraint {@code failure} broke, as its problem; the failure itself for another. */
    private static RuntimeException takenField(PersistenceException failure) {
        String text = String.valueOf(rootMessage(failure)).toUpperCase(Locale.ROOT);
        if (text.contains("UQ_MEMBERSHIP_ACCOUNT_USER_NAME")) {
            return new RegistryException(RegistryProblem.USER_NAME_TAKEN);
        }
        if (text.contains("UQ_ORGANIZATION_PROFILE_NETWORK_ID")) {
            return new RegistryException(RegistryProblem.NETWORK_ID_TAKEN);
        }
        return failure;
    }

    private static String rootMessage(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    private static void refuseIfAny(List<RegistryProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RegistryException(problems);
        }
    }

    private static String describe(OrganizationProfile profile) {
        return profile.getLegalName() + ", " + profile.getCountryCode() + ", " + profile.getStatus();
    }

    private static String login(Caller by) {
        return by == null ? null : by.loginName();
    }

    private static Long organization(Caller by) {
        return by == null ? null : by.organizationId();
    }
}
