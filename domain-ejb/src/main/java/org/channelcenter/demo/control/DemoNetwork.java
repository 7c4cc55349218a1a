package org.channelcenter.demo.control;

import static org.channelcenter.kernel.entity.Role.ADMIN_AGENT;
import static org.channelcenter.kernel.entity.Role.GLOBAL_ADMIN;
import static org.channelcenter.kernel.entity.Role.HELPDESK_AGENT;
import static org.channelcenter.kernel.entity.Role.SALES_AGENT;
import static org.channelcenter.kernel.entity.Role.STAFF;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.commerce.entity.BillingCycle;
import org.channelcenter.commerce.entity.CustomerOrder;
import org.channelcenter.commerce.entity.Offer;
import org.channelcenter.commerce.entity.OrderLine;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.OrganizationBuilder;
import org.channelcenter.directory.entity.UserAccountBuilder;
import org.channelcenter.membership.entity.MembershipAccount;
import org.channelcenter.partnership.entity.ProviderService;

/**
 * The demo network listed in the README: what {@link org.channelcenter.demo.boundary.DemoDataLoader} loads into
 * the dev server's database. A control of its own, joining the caller's transaction, so that a test can load it
 * into the test database and roll it back.
 */
@Dependent
public class DemoNetwork {

    /** The one password of every demo sign-in; printed in the README and at start-up. */
    public static final String DEMO_PASSWORD = "Demo#2026";

    @Inject
    SampleData samples;

    @Inject
    AuditTrail audit;

    /** Whether the demo organizations are there already (the operator's directory is the first one loaded). */
    public boolean exists() {
        return samples.directoryExists("operator");
    }

    /** The demo organizations, users, partnerships, relationships, registry profiles and offers. */
    public void loadOrganizations() {
        Organization operator =
                samples.organization(OrganizationBuilder.operator().domainPrefix("operator"));
        samples.user(operator, user("staff", "Sam Staff").roles(STAFF));

        Organization provider = samples.organization(OrganizationBuilder.provider()
                .named("Northwind Distribution")
                .domainPrefix("northwind")
                .country("US"));
        samples.user(provider, user("admin", "Nadia Northwind").roles(GLOBAL_ADMIN, ADMIN_AGENT));
        samples.user(provider, user("sales", "Noah Sales").roles(SALES_AGENT));
        samples.providerListing(
                provider,
                "Northwind Distribution",
                List.of("US", "CA", "MX"),
                EnumSet.allOf(ProviderService.class),
                "https://northwind.example",
                "partners@northwind.example",
                true);
        Organization tailwind = samples.organization(OrganizationBuilder.provider()
                .named("Tailwind Distribuidora")
                .domainPrefix("tailwind")
                .country("BR"));
        samples.user(tailwind, user("admin", "Tatiana Tailwind").roles(GLOBAL_ADMIN, ADMIN_AGENT));
        samples.providerListing(
                tailwind,
                "Tailwind Distribuidora",
                List.of("BR", "AR", "PT"),
                EnumSet.of(ProviderService.CUSTOMER_SUPPORT, ProviderService.MARKETING_HELP),
                "https://tailwind.example",
                "parceiros@tailwind.example",
                true);
        Organization volga = samples.organization(OrganizationBuilder.provider()
                .named("Volga Cloud Distribution")
                .domainPrefix("volga")
                .country("RU"));
        samples.user(volga, user("admin", "Viktor Volga").roles(GLOBAL_ADMIN, ADMIN_AGENT));
        samples.providerListing(
                volga,
                "Volga Cloud Distribution",
                List.of("RU", "KZ", "AM"),
                EnumSet.of(ProviderService.TECHNICAL_ASSISTANCE, ProviderService.FINANCING_AND_CREDIT),
                "https://volga.example",
                "partners@volga.example",
                true);

        Organization contoso = samples.organization(OrganizationBuilder.reseller()
                .named("Contoso Cloud Partners")
                .domainPrefix("contoso")
                .country("US"));
        samples.user(contoso, user("admin", "Carla Contoso").roles(GLOBAL_ADMIN, ADMIN_AGENT));
        samples.user(contoso, user("helpdesk", "Hugo Helpdesk").roles(HELPDESK_AGENT));

        Organization fabrikam = samples.organization(OrganizationBuilder.reseller()
                .named("Fabrikam Revenda de Nuvem")
                .domainPrefix("fabrikam")
                .country("BR"));
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

        samples.offer(
                "Productivity Suite Basic",
                "Mail, calendar and file storage per user.",
                BillingCycle.MONTHLY,
                "6.00",
                1,
                300);
        samples.offer(
                "Productivity Suite Standard",
                "Basic plus desktop applications and meetings.",
                BillingCycle.MONTHLY,
                "12.50",
                1,
                300);
        samples.offer(
                "Productivity Suite Standard (annual)",
                "Standard, paid once a year.",
                BillingCycle.ANNUAL,
                "135.00",
                1,
                300);
        samples.offer("Cloud Backup 1 TB", "Managed backup of one terabyte.", BillingCycle.MONTHLY, "25.00", 1, 100);

        audit.recordAs(null, operator.getId(), AuditAction.DEMO_DATA_LOADED, "demo data", null, null);
    }

    /**
     * Northwind's orders for Adatum with Contoso as reseller of record (SPEC §7), once: only while Adatum has no
     * order at all, and only as the order rule would allow (both relationships and the partnership still active,
     * the offers still orderable), because demo users may have removed partners or withdrawn offers meanwhile.
     * One order 75 days ago (so that the two months before this one both have charges to bill, {@link DemoBilling}) and one 10 days ago: three subscriptions, 30 + 10 licenses active, the backup one
     * suspended, so every order and subscription screen and tile has something to show. Answers the orders it
     * placed (none when it did nothing).
     */
    public List<CustomerOrder> loadOrders() {
        Optional<Organization> adatum = samples.directory("adatum");
        Optional<Organization> northwind = samples.directory("northwind");
        Optional<Organization> contoso = samples.directory("contoso");
        if (adatum.isEmpty()
                || northwind.isEmpty()
                || contoso.isEmpty()
                || samples.hasOrders(adatum.get())
                || !samples.related(adatum.get(), northwind.get())
                || !samples.related(adatum.get(), contoso.get())
                || !samples.partnered(northwind.get(), contoso.get())) {
            return List.of();
        }
        Optional<Offer> standard = demoOffer(
                "Productivity Suite Standard",
                "Basic plus desktop applications and meetings.",
                BillingCycle.MONTHLY,
                "12.50",
                300);
        Optional<Offer> basic = demoOffer(
                "Productivity Suite Basic",
                "Mail, calendar and file storage per user.",
                BillingCycle.MONTHLY,
                "6.00",
                300);
        Optional<Offer> backup =
                demoOffer("Cloud Backup 1 TB", "Managed backup of one terabyte.", BillingCycle.MONTHLY, "25.00", 100);
        if (standard.isEmpty() || basic.isEmpty() || backup.isEmpty()) {
            return List.of();
        }
        String suffix = samples.directorySuffix();
        Instant now = Instant.now();
        Map<Offer, Integer> first = new LinkedHashMap<>();
        first.put(standard.get(), 25);
        first.put(backup.get(), 2);
        CustomerOrder older = samples.order(
                adatum.get(),
                northwind.get(),
                contoso.get(),
                "sales@northwind." + suffix,
                now.minus(Duration.ofDays(75)),
                first);
        Map<Offer, Integer> second = new LinkedHashMap<>();
        second.put(standard.get(), 5);
        second.put(basic.get(), 10);
        CustomerOrder newer = samples.order(
                adatum.get(),
                northwind.get(),
                contoso.get(),
                "admin@northwind." + suffix,
                now.minus(Duration.ofDays(10)),
                second);
        older.getLines().stream()
                .map(OrderLine::getSubscription)
                .filter(subscription -> subscription.getOffer() == backup.get())
                .forEach(subscription ->
                        samples.suspend(subscription, "admin@northwind." + suffix, now.minus(Duration.ofDays(3))));
        audit.recordAs(null, northwind.get().getId(), AuditAction.DEMO_DATA_LOADED, "demo orders", null, null);
        return List.of(older, newer);
    }

    /** The demo offer of that name: the catalog's if it is still active, a new one if the catalog has none by that name. */
    private Optional<Offer> demoOffer(String name, String description, BillingCycle cycle, String price, int max) {
        Optional<Offer> offer = samples.activeOffer(name);
        if (offer.isPresent() || samples.offerExists(name)) {
            return offer; // withdrawn by staff: leave it so, and order nothing of it
        }
        return Optional.of(samples.offer(name, description, cycle, price, 1, max));
    }

    private Organization customer(String name, String prefix, String country, String adminName) {
        Organization customer = samples.organization(
                OrganizationBuilder.customer().named(name).domainPrefix(prefix).country(country));
        samples.user(customer, user("admin", adminName).roles(GLOBAL_ADMIN));
        return customer;
    }

    private static UserAccountBuilder user(String userName, String displayName) {
        return UserAccountBuilder.user(userName).displayName(displayName).password(DEMO_PASSWORD);
    }
}
