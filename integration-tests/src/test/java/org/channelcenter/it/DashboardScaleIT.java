package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.channelcenter.it.support.CustomerFixtures;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.ProbeAnswer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tile promise: a partner's dashboard costs the same with 20,000 customers as with 1,000 (20,000 keeps
 * the suite short: Derby's row triggers make a bulk load of relationships about three times slower). One reseller
 * of its own grows from 1,000 to 20,000 customers (the bulk load, whose time includes the counters' triggers); at
 * both sizes the probe times the dashboard (read from the counters) and the full counts the tiles were made of
 * before. Figures go to target/dashboard-scale.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardScaleIT {

    private static final int SMALL = 1_000;
    private static final int LARGE = 20_000;

    @Test
    void aPartnersDashboardCostsTheSameWithAThousandAndTwentyThousandCustomers() throws IOException {
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        String run =
                "Tiles" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

        long smallLoad = CustomerFixtures.bulk(reseller.organizationId(), SMALL, run + "a");
        ProbeAnswer small = timing(reseller, 20);
        long largeLoad = CustomerFixtures.bulk(reseller.organizationId(), LARGE - SMALL, run + "b");
        ProbeAnswer large = timing(reseller, 5);

        String report = String.format(
                "Dashboard scale, reseller %d%n"
                        + "load: %d customers %d ms, %d more %d ms (with the counters' triggers)%n"
                        + "%7d customers: dashboard %s ms, old full counts %s ms%n"
                        + "%7d customers: dashboard %s ms, old full counts %s ms%n",
                reseller.organizationId(),
                SMALL,
                smallLoad,
                LARGE - SMALL,
                largeLoad,
                SMALL,
                small.value("tilesMillis"),
                small.value("fullMillis"),
                LARGE,
                large.value("tilesMillis"),
                large.value("fullMillis"));
        Files.writeString(Path.of("target", "dashboard-scale.txt"), report);

        assertEquals(Integer.toString(LARGE), large.value("tile.customers"), report);
        assertEquals(large.value("full.customers"), large.value("tile.customers"), report);
        double smallMillis = Double.parseDouble(small.value("tilesMillis"));
        double largeMillis = Double.parseDouble(large.value("tilesMillis"));
        // generous bounds against a noisy machine: the old counts grew a hundredfold, the counters not at all
        assertTrue(largeMillis < 5 * smallMillis + 20, report);
        assertTrue(largeMillis < 100, report);
    }

    private static ProbeAnswer timing(Created reseller, int repeat) {
        ProbeAnswer answer = Fixtures.probe(
                "public/it-probe/dashboard",
                reseller.login(),
                "timing",
                "organization",
                Long.toString(reseller.organizationId()),
                "kind",
                "RESELLER",
                "repeat",
                Integer.toString(repeat));
        assertEquals("ok", answer.outcome(), answer.toString());
        return answer;
    }
}
