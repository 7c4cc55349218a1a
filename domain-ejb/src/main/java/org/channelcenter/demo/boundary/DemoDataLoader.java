package org.channelcenter.demo.boundary;

import static org.channelcenter.directory.entity.Role.ADMIN_AGENT;
import static org.channelcenter.directory.entity.Role.GLOBAL_ADMIN;
import static org.channelcenter.directory.entity.Role.HELPDESK_AGENT;
import static org.channelcenter.directory.entity.Role.SALES_AGENT;
import static org.channelcenter.directory.entity.Role.STAFF;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.commerce.entity.BillingCycle;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.OrganizationBuilder;
import org.channelcenter.directory.entity.UserAccountBuilder;
import org.channelcenter.membership.entity.MembershipAccount;
import org.channelcenter.partnership.entity.ProviderService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo organizations, users, registry profiles and offers listed in the README, once, when the
 * {@code cc.demo.data} server variable is true (the dev server sets it; production leaves it off).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoDataLoader {

    /** The one password of every demo sign-in; printed in the README and at start-up. */
    public static final String DEMO_PASSWORD = "Demo#2026";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "cc.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "cc.http.port", defaultValue = "9080")
    String httpPort;

    @Inject
    SampleData samples;

    @Inject
    AuditTrail audit;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (!samples.directoryExists("operator")) {
            loadDemoOrganizations();
        }
        LOG.info(() -> String.join(System.lineSeparator(),
                "Channel Center is ready at http://localhost:" + httpPort + "/",
                "Demo sign-ins (password " + DEMO_PASSWORD + " for all):",
                "  staff@operator." + samples.directorySuffix() + "      operator staff",
                "  admin@northwind." + samples.directorySuffix() + "     indirect provider, global admin",
                "  sales@northwind." + samples.directorySuffix() + "     indirect provider, sales agent",
                "  admin@tailwind." + samples.directorySuffix() + "      indirect provider (Brazil), global admin",
                "  admin@volga." + samples.directorySuffix() + "         indirect provider (Russia), global admin",
                "  admin@contoso." + samples.directorySuffix() + "       indirect reseller, global admin",
                "  helpdesk@contoso." + samples.directorySuffix() + "    indirect reseller, helpdesk agent",
                "  admin@fabrikam." + samples.directorySuffix() + "      indirect reseller (Brazil), global admin",
                "  admin@adatum." + samples.directorySuffix() + "        customer (Contoso, Northwind), global admin",
                "  admin@tailspin." + samples.directorySuffix() + "      customer (Contoso), global admin",
                "  admin@wingtip." + samples.directorySuffix() + "       customer without partners, global admin"));
    }

    private void loadDemoOrganizations() {
        Organization operator = samples.organization(OrganizationBuilder.operator().domainPrefix("operator"));
        samples.user(operator, user("staff", "Sam Staff").roles(STAFF));

        Organization provider = samples.organization(OrganizationBuilder.provider()
                .named("Northwind Distribution").domainPrefix("northwind").country("US"));
        samples.user(provider, user("admin", "Nadia Northwind").roles(GLOBAL_ADMIN, ADMIN_AGENT));
        samples.user(provider, user("sales", "Noah Sales").roles(SALES_AGENT));
        samples.providerListing(provider, "Northwind Distribution", List.of("US", "CA", "MX"),
                EnumSet.allOf(ProviderService.class), "https://northwind.example", "partners@northwind.example", true);
        Organization tailwind = samples.organization(OrganizationBuilder.provider()
                .named("Tailwind Distribuidora").domainPrefix("tailwind").country("BR"));
        samples.user(tailwind, user("admin", "Tatiana Tailwind").roles(GLOBAL_ADMIN, ADMIN_AGENT));
        samples.providerListing(tailwind, "Tailwind Distribuidora", List.of("BR", "AR", "PT"),
                EnumSet.of(ProviderService.CUSTOMER_SUPPORT, ProviderService.MARKETING_HELP),
                "https://tailwind.example", "parceiros@tailwind.example", true);
        Organization volga = samples.organization(OrganizationBuilder.provider()
                .named("Volga Cloud Distribution").domainPrefix("volga").country("RU"));
        samples.user(volga, user("admin", "Viktor Volga").roles(GLOBAL_ADMIN, ADMIN_AGENT));
        samples.providerListing(volga, "Volga Cloud Distribution", List.of("RU", "KZ", "AM"),
                EnumSet.of(ProviderService.TECHNICAL_ASSISTANCE, ProviderService.FINANCING_AND_CREDIT),
                "https://volga.example", "partners@volga.example", true);

        Organization contoso = samples.organization(OrganizationBuilder.reseller()
                .named("Contoso Cloud Partners").domainPrefix("contoso").country("US"));
        samples.user(contoso, user("admin", "Carla Contoso").roles(GLOBAL_ADMIN, ADMIN_AGENT));
        samples.user(contoso, user("helpdesk", "Hugo Helpdesk").roles(HELPDESK_AGENT));

        Organization fabrikam = samples.organization(OrganizationBuilder.reseller()
                .named("Fabrikam Revenda de Nuvem").domainPrefix("fabrikam").country("BR"));
        samples.user(fabrikam, user("admin", "Fernanda Fabrikam").roles(GLOBAL_ADMIN, ADMIN_AGENT));
        // Northwind already works with Contoso; Fabrikam is free to be invited (SPEC §5).
        samples.partnership(provider, contoso, "admin@contoso." + samples.directorySuffix());

        Organization adatum = customer("Adatum Corporation", "adatum", "US", "Alex Adatum");
        Organization tailspin = customer("Tailspin Toys Brasil", "tailspin", "BR", "Tiago Tailspin");
        customer("Wingtip Retail", "wingtip", "RU", "Vera Wingtip");
        // Adatum works with Contoso and Northwind (invited together), Tailspin with Contoso alone; Wingtip has
        // no partner yet and can be asked for a reseller relationship (SPEC §6).
        samples.relationship(adatum, contoso, contoso, "admin@adatum." + samples.directorySuffix());
        samples.relationship(adatum, provider, contoso, "admin@adatum." + samples.directorySuffix());
        samples.relationship(tailspin, contoso, contoso, "admin@tailspin." + samples.directorySuffix());

        MembershipAccount contosoMembership = samples.membershipAccount("contoso-mpn", DEMO_PASSWORD);
        samples.profile(contosoMembership, "4512345", "Contoso Cloud Partners LLC", "US", true);
        MembershipAccount litware = samples.membershipAccount("litware-mpn", DEMO_PASSWORD);
        samples.profile(litware, "4523456", "Litware Inc.", "US", true);
        samples.profile(litware, "4534567", "Litware Europe GmbH", "DE", true);
        samples.profile(litware, "4545678", "Litware Legacy Ltd.", "US", false);
        MembershipAccount fabrikamMembership = samples.membershipAccount("fabrikam-mpn", DEMO_PASSWORD);
        samples.profile(fabrikamMembership, "4556789", "Fabrikam Revenda de Nuvem Ltda.", "BR", true);

        samples.offer("Productivity Suite Basic", "Mail, calendar and file storage per user.",
                BillingCycle.MONTHLY, "6.00", 1, 300);
        samples.offer("Productivity Suite Standard", "Basic plus desktop applications and meetings.",
                BillingCycle.MONTHLY, "12.50", 1, 300);
        samples.offer("Productivity Suite Standard (annual)", "Standard, paid once a year.",
                BillingCycle.ANNUAL, "135.00", 1, 300);
        samples.offer("Cloud Backup 1 TB", "Managed backup of one terabyte.", BillingCycle.MONTHLY, "25.00", 1, 100);

        audit.recordAs(null, operator.getId(), AuditAction.DEMO_DATA_LOADED, "demo data", null, null);
    }

    private Organization customer(String name, String prefix, String country, String adminName) {
        Organization customer = samples.organization(OrganizationBuilder.customer()
                .named(name).domainPrefix(prefix).country(country));
        samples.user(customer, user("admin", adminName).roles(GLOBAL_ADMIN));
        return customer;
    }

    private static UserAccountBuilder user(String userName, String displayName) {
        return UserAccountBuilder.user(userName).displayName(displayName).password(DEMO_PASSWORD);
    }
}
