package org.channelcenter.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.ProbeAnswer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, point 9, concurrency: 100 customers' global admins accept one reseller's invitation at the same moment
 * (the acceptance page's call, each with its own sign-in). Exactly one acceptance succeeds, every other is refused
 * as a used link, and exactly one relationship exists among the 100 customers. ({@code CustomersIT} and
 * {@code PartnershipsIT} race three callers per round for each kind of invitation.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimultaneousAcceptancesIT {

    private static final int SIMULTANEOUS = 100;

    @Test
    void aHundredSimultaneousAcceptancesOfOneInvitationMakeExactlyOneRelationship() throws Exception {
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        ExecutorService pool = Executors.newFixedThreadPool(SIMULTANEOUS);
        try {
            List<Future<Created>> made = new ArrayList<>();
            for (int i = 0; i < SIMULTANEOUS; i++) {
                made.add(pool.submit(() -> Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0)));
            }
            List<Created> customers = new ArrayList<>();
            for (Future<Created> customer : made) {
                customers.add(customer.get(120, TimeUnit.SECONDS));
            }
            String[] invitation = CustomerRelations.invitation(reseller.login(), null, 0);

            CountDownLatch start = new CountDownLatch(1);
            List<Future<ProbeAnswer>> answers = new ArrayList<>();
            for (Created customer : customers) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return CustomerRelations.accept(invitation[1], customer.login(), Fixtures.PASSWORD);
                }));
            }
            start.countDown();
            Map<String, Integer> outcomes = new TreeMap<>();
            for (Future<ProbeAnswer> answer : answers) {
                ProbeAnswer result = answer.get(180, TimeUnit.SECONDS);
                outcomes.merge(result.outcome() + " " + result.reason(), 1, Integer::sum);
            }
            assertEquals(Map.of("ok ", 1, "refused LINK_USED", SIMULTANEOUS - 1), outcomes);
            long relationships = 0;
            for (Created customer : customers) {
                relationships += CustomerRelations.relationshipsOf(customer.organizationId());
            }
            assertEquals(1, relationships, "one relationship for one invitation");
            assertEquals("ACCEPTED", CustomerRelations.invitationStatus(invitation[0]));
        } finally {
            pool.shutdownNow();
        }
    }
}
