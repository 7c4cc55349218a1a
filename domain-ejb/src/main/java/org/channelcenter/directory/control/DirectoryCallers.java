package org.channelcenter.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Predicate;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.control.CallerDirectory;

/** The directory's answer to "who is this principal": its user and organization, read from the database. */
@Dependent
public class DirectoryCallers implements CallerDirectory {

    @Inject
    UserAccountRepository users;

    @Override
    public Optional<Caller> activeCaller(String loginName) {
        return callerOf(loginName, Organization::isActive);
    }

    @Override
    public Optional<Caller> applicant(String loginName) {
        return callerOf(loginName, organization -> organization.isPending() || organization.isActive());
    }

    private Optional<Caller> callerOf(String loginName, Predicate<Organization> organizationAdmits) {
        return users.byLoginName(loginName)
                .filter(UserAccount::isActive)
                .filter(user -> organizationAdmits.test(user.getOrganization()))
                .map(DirectoryCallers::callerOf);
    }

    static Caller callerOf(UserAccount user) {
        Organization organization = user.getOrganization();
        return new Caller(
                user.getId(),
                user.getLoginName(),
                user.getDisplayName(),
                organization.getId(),
                organization.getName(),
                organization.getKind(),
                user.getRoles(),
                user.getLocale(),
                user.getTimeZone());
    }
}
