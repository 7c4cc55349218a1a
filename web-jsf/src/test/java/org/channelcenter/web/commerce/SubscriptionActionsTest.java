package org.channelcenter.web.commerce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.channelcenter.commerce.boundary.SubscriptionRow;
import org.channelcenter.commerce.boundary.Subscriptions;
import org.channelcenter.commerce.entity.BillingCycle;
import org.channelcenter.commerce.entity.CommerceRefusedException;
import org.channelcenter.commerce.entity.SubscriptionStatus;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.web.customer.CustomerRecords;
import org.channelcenter.web.kernel.DomainMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A subscription action names the boundary the id and the version the page showed, and whatever the outcome
 * (done, refused, lost to a concurrent change) the records read earlier in the request are forgotten, so the
 * page shows the subscription as it is now.
 */
class SubscriptionActionsTest {

    private final List<String> said = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private RuntimeException failure;
    private SubscriptionActions actions;
    private int recordsForgotten;

    @BeforeEach
    void wire() {
        actions = new SubscriptionActions();
        actions.subscriptions = new Subscriptions() {
            @Override
            public SubscriptionRow suspend(long subscriptionId, long expectedVersion) {
                return answer("suspend " + subscriptionId + "@" + expectedVersion, SubscriptionStatus.SUSPENDED);
            }

            @Override
            public SubscriptionRow cancel(long subscriptionId, long expectedVersion) {
                return answer("cancel " + subscriptionId + "@" + expectedVersion, SubscriptionStatus.CANCELLED);
            }
        };
        actions.messages = new DomainMessages() {
            @Override
            public void show(DomainException refusal, String clientId) {
                said.add("refused " + refusal.getMessage());
            }

            @Override
            public void errorAt(String clientId, String key, Object... arguments) {
                said.add(key.equals("error.concurrentChange") ? "concurrent change" : "error " + key);
            }

            @Override
            public void info(String key, Object... arguments) {
                said.add(key + " " + arguments[0]);
            }
        };
        actions.records = new CustomerRecords() {
            @Override
            public void changed() {
                recordsForgotten++;
            }
        };
    }

    private SubscriptionRow answer(String call, SubscriptionStatus status) {
        calls.add(call);
        if (failure != null) {
            throw failure;
        }
        return new SubscriptionRow(
                7,
                3,
                "Suite",
                BillingCycle.MONTHLY,
                "Provider",
                "Reseller",
                10,
                status,
                Instant.EPOCH,
                Instant.EPOCH,
                5);
    }

    @Test
    void theVersionShownIsTheOneTheBoundaryChecks() {
        actions.setSubscriptionId(7L);
        actions.setVersion(4L);
        actions.suspend();
        assertEquals(List.of("suspend 7@4"), calls);
        assertEquals(List.of("subscriptions.suspended Suite"), said);
        assertEquals(1, recordsForgotten);
    }

    @Test
    void aRefusalIsShownAndTheRecordIsReadAgain() {
        actions.setSubscriptionId(7L);
        actions.setVersion(4L);
        failure = new CommerceRefusedException(CommerceRefusedException.Reason.ALREADY_CANCELLED);
        actions.cancel();
        assertEquals(List.of("refused ALREADY_CANCELLED"), said);
        assertEquals(1, recordsForgotten);

        said.clear();
        failure = new EJBException(new OptimisticLockException("lost"));
        actions.cancel();
        assertEquals(List.of("concurrent change"), said);
        assertEquals(2, recordsForgotten);
    }

    @Test
    void aPostWithoutTheSubscriptionIsNotFoundWithoutAskingTheBoundary() {
        actions.setSubscriptionId(7L);
        actions.suspend();
        assertEquals(List.of(), calls);
        assertEquals(List.of("refused NOT_FOUND"), said);
    }

    @Test
    void anythingElseIsNotSwallowed() {
        actions.setSubscriptionId(7L);
        actions.setVersion(4L);
        EJBException unexpected = new EJBException(new IllegalStateException("broken"));
        failure = unexpected;
        assertSame(unexpected, assertThrows(EJBException.class, actions::suspend));
        assertEquals(1, recordsForgotten);
    }
}
