package org.channelcenter.web.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.channelcenter.commerce.boundary.LicenseUse;
import org.channelcenter.commerce.boundary.Licenses;
import org.channelcenter.kernel.boundary.PageRequest;
import org.junit.jupiter.api.Test;

/** The record shows at most {@link LicenseUses#SHOWN} subscriptions' use and knows when there are more. */
class LicenseUsesTest {

    private final List<PageRequest> asked = new ArrayList<>();

    private LicenseUses over(long open) {
        LicenseUses uses = new LicenseUses();
        uses.licenses = new Licenses() {
            @Override
            public List<LicenseUse> use(long customerId, PageRequest page) {
                asked.add(page);
                return LongStream.range(0, Math.min(open, page.size()))
                        .mapToObj(id -> new LicenseUse(id, "Offer", "Provider", "Reseller", 10, 0, null))
                        .toList();
            }
        };
        return uses;
    }

    @Test
    void moreOpenSubscriptionsThanShownAreSaid() {
        LicenseUses uses = over(LicenseUses.SHOWN + 5);

        assertEquals(LicenseUses.SHOWN, uses.of(7).size());
        assertTrue(uses.truncated(7));
        assertEquals(1, asked.size(), "one query per request");
    }

    @Test
    void asManyAsShownAreNotTruncated() {
        LicenseUses uses = over(LicenseUses.SHOWN);

        assertEquals(LicenseUses.SHOWN, uses.of(7).size());
        assertFalse(uses.truncated(7));
    }
}
