package org.channelcenter.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.boundary.NewDirectory;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;

/**
 * "Create new tenant" wherever it is offered (enrollment, a customer's invitation): the organization with its
 * unique directory domain and its first user, the global admin {@code admin@<domain>}.
 */
@Dependent
public class Directories {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    DirectorySuffix suffix;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    public String suffix() {
        return suffix.value();
    }

    /** The domain a prefix gives, or {@code taken}'s exception when another directory has it. */
    public String freeDomain(String domainPrefix, Supplier<? extends RuntimeException> taken) {
        String domain = domainPrefix + "." + suffix.value();
        if (!em.createNamedQuery(Organization.BY_DOMAIN, Organization.class)
                .setParameter("domain", domain)
                .getResultList()
                .isEmpty()) {
            throw taken.get();
        }
        return domain;
    }

    /**
     * Creates the directory and its global admin, flushed, and audits it as the admin's own act. {@code prepare}
     * sees the organization before it is stored (enrollment makes it wait for review). The unique domain decides
     * a race for the same name: the loser gets {@code taken}'s exception.
     */
    public UserAccount create(
            NewDirectory directory,
            OrganizationKind kind,
            Consumer<Organization> prepare,
            Locale locale,
            Instant now,
            Supplier<? extends RuntimeException> taken) {
        String domain = freeDomain(directory.getDomainPrefix(), taken);
        Organization organization =
                new Organization(kind, directory.getOrganizationName(), domain, directory.getCountryCode(), now);
        prepare.accept(organization);
        em.persist(organization);
        UserAccount admin = new UserAccount(
                organization,
                "admin",
                directory.getAdminFirstName().trim() + " "
                        + directory.getAdminLastName().trim(),
                directory.getAdminEmail(),
                EnumSet.of(Role.GLOBAL_ADMIN),
                now);
        admin.changePasswordHash(hashing.hash(directory.getAdminPassword().toCharArray()));
        admin.changeLocale(locale);
        em.persist(admin);
        Writes.flushOr(em, "directory " + domain, e -> taken.get());
        audit.recordAs(admin.getLoginName(), organization.getId(), AuditAction.DIRECTORY_CREATED, domain, null, null);
        return admin;
    }
}
