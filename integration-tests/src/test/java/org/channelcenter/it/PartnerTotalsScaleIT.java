package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.channelcenter.it.support.CustomerFixtures;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.ProbeAnswer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The totals of the two tables that list what a reseller and a provider hold together, past the bound at which a
 * table stops counting (issue 14): the Orders page's total is exact at any size, read from the order counters
 * instead of counted, and View customers' total ("more than 1,000") is counted from index entries alone, never
 * from the relationships' rows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerTotalsScaleIT {

    /** Past the 1,000 at which a count stops. */
    private static final int CUSTOMERS = 1_200;

    private static final String MORE_THAN_BOUND = "Total[value=1000, exact=false]";

    @Test
    void theOrdersTotalIsExactAndViewCustomersCountsIndexEntriesOnly() {
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        long partnership = Partnering.partnership(provider.organizationId(), reseller.organizationId());
        String run = "Totals"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        CustomerFixtures.bulk(reseller.organizationId(), provider.organizationId(), CUSTOMERS, run);

        // Orders: every one of the 1,200, on both sides, where a count would have stopped at 1,000
        for (Created side : new Created[] {provider, reseller}) {
            ProbeAnswer orders = Ordering.as(side.login(), "organizationOrders", "first", "0", "size", "25");
            assertEquals("Total[value=" + CUSTOMERS + ", exact=true]", orders.value("total"), side.login());
            assertEquals(Integer.toString(CUSTOMERS), orders.value("count"), "the full count agrees");
        }
        // a search still counts, and stops at the bound
        assertEquals(
                MORE_THAN_BOUND,
                Ordering.as(provider.login(), "organizationOrders", "first", "0", "size", "25", "filter", run)
                        .value("total"));

        // View customers: past the bound, from the two sides' index entries
        ProbeAnswer shared = CustomerFixtures.as(reseller.login(), "total", "partnership", Long.toString(partnership));
        assertEquals(MORE_THAN_BOUND, shared.value("total"), shared.toString());
        StringBuilder plans = new StringBuilder();
        for (int i = 0; i < Integer.parseInt(shared.value("statements")); i++) {
            plans.append(shared.value("plan." + i)).append('\n');
        }
        String plan = plans.toString();
        assertTrue(
                plan.contains("IX_CUSTOMER_RELATIONSHIP_PARTNER_CUSTOMER"), "the partner's customer index:\n" + plan);
        // Derby names each row fetched after an index entry (on PostgreSQL an index-only scan may still visit rows
        // not yet marked visible, so the index named above is what shows there)
        assertFalse(plan.contains("ROWIDSCAN"), "no relationship row read, index entries only:\n" + plan);
        assertFalse(plan.contains("TABLESCAN"), "no table scan:\n" + plan);
        assertFalse(plan.contains("SORT"), "no sort:\n" + plan);
    }
}
