package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.SignedInClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One user signing in from several tabs or devices at the same moment: every sign-in succeeds. (Sign-in
 * bookkeeping used to update the user row under its version, so all but one failed with an error.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimultaneousSignInIT {

    private static final int SIGN_INS = 6;

    @Test
    void everySimultaneousSignInOfOneUserSucceeds() throws Exception {
        Fixtures.Created user = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        ExecutorService pool = Executors.newFixedThreadPool(SIGN_INS);
        try {
            for (int round = 0; round < 3; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int i = 0; i < SIGN_INS; i++) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        try {
                            SignedInClient.signIn(user.login(), Fixtures.PASSWORD);
                            return "signed in";
                        } catch (IllegalStateException failed) {
                            return failed.getMessage();
                        }
                    }));
                }
                start.countDown();
                for (Future<String> outcome : outcomes) {
                    assertEquals("signed in", outcome.get(60, TimeUnit.SECONDS), "round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
