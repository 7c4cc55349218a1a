package org.channelcenter.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.channelcenter.demo.control.DemoBilling;
import org.channelcenter.demo.control.DemoNetwork;
import org.channelcenter.demo.control.SampleData;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo organizations, users, registry profiles and offers listed in the README, once, when the
 * {@code cc.demo.data} server variable is true (the dev server sets it; production leaves it off); then the
 * demo orders, once, also into a database that was loaded before they existed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoDataLoader {

    /** The one password of every demo sign-in; printed in the README and at start-up. */
    public static final String DEMO_PASSWORD = DemoNetwork.DEMO_PASSWORD;

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
    DemoNetwork network;

    @Inject
    DemoBilling billing;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (!network.exists()) {
            network.loadOrganizations();
        }
        // separately, so that a database loaded before orders existed gains them at its next start too
        network.loadOrders();
        // then the billing of two closed months over those orders, once (issue 17)
        billing.load();
        LOG.info(() -> String.join(
                System.lineSeparator(),
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
}
