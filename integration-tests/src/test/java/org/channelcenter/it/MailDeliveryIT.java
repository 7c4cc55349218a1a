package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Predicate;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.MailFixtureServlet.OutboxRow;
import org.channelcenter.it.support.Pause;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Outbox delivery over real SMTP (GreenMail in this JVM, which the test server sends to): a mail queued
 * while the relay is down is retried with back-off and delivered once the relay is back; HELD mail is
 * never sent. The test server looks for due mail only every 60 seconds: what these tests see sooner is the
 * delivery that starts when mail is queued and the retry that starts when its back-off (5 seconds) ends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailDeliveryIT {

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.stoppedUntilStarted();

    @Test
    void aMailQueuedWhileSmtpIsDownIsRetriedLaterAndDeliveredWhenItIsBack() {
        assertNothingListensOnTheSmtpPort();
        String recipient = "retry-" + System.nanoTime() + "@example.test";

        long id = queue(recipient, false);
        OutboxRow failed = awaitRow(id, row -> attempts(row) >= 1, Duration.ofSeconds(30));

        assertEquals("PENDING", failed.status(), "a failed attempt keeps the mail pending");
        assertEquals(1, attempts(failed));
        assertFalse(failed.lastError() == null || failed.lastError().isBlank(), "the error is recorded");
        long waited = failed.nextAttemptAt() - failed.createdAt();
        long firstRetry = Long.getLong("channelcenter.mail.retry.seconds", 30) * 1000;
        assertTrue(
                waited >= firstRetry && waited < 2 * firstRetry + 5_000,
                "the next attempt is the server's first" + " retry (" + firstRetry
                        + " ms) after the failure, not at once: " + waited + " ms after queuing");
        assertNull(failed.sentAt());

        // on a loaded machine a further retry may fail before the relay is back: the one after is the one that sends
        int failedAttempts = attempts(awaitRow(id, row -> true, Duration.ofSeconds(5)));
        smtp.start();
        MailCatcher.ReceivedMail mail = smtp.awaitMailTo(recipient, Duration.ofSeconds(75));

        assertEquals("Channel Center test message", mail.subject());
        OutboxRow sent = awaitRow(id, row -> "SENT".equals(row.status()), Duration.ofSeconds(15));
        assertEquals(failedAttempts + 1, attempts(sent), "sent on the first attempt after the relay came back");
        assertTrue(sent.sentAt() >= failed.nextAttemptAt(), "not retried before its time");
        assertEquals(1, smtp.mailTo(recipient).size(), "delivered once");
    }

    @Test
    void aQueuedMailGoesOutAtOnceNotAtTheNextPeriod() {
        smtp.start();
        String recipient = "prompt-" + System.nanoTime() + "@example.test";

        long id = queue(recipient, false);
        smtp.awaitMailTo(recipient, Duration.ofSeconds(20));

        OutboxRow sent = awaitRow(id, row -> "SENT".equals(row.status()), Duration.ofSeconds(5));
        long period = Long.getLong("channelcenter.mail.delivery.seconds", 60) * 1000;
        assertTrue(
                sent.sentAt() - sent.createdAt() < period / 3,
                "sent " + (sent.sentAt() - sent.createdAt()) + " ms after queuing; the period is " + period + " ms");
        assertEquals(1, attempts(sent));
    }

    @Test
    void heldMailIsNeverSentWhileDueMailIs() {
        smtp.start();
        String heldRecipient = "held-" + System.nanoTime() + "@example.test";
        long held = queue(heldRecipient, true);

        // two delivery runs after the held mail was queued, each started by a due mail
        for (int run = 0; run < 2; run++) {
            String pendingRecipient = "pending-" + run + "-" + System.nanoTime() + "@example.test";
            long pending = queue(pendingRecipient, false);
            smtp.awaitMailTo(pendingRecipient);
            awaitRow(pending, row -> "SENT".equals(row.status()), Duration.ofSeconds(15));
        }

        OutboxRow row = awaitRow(held, r -> true, Duration.ofSeconds(5));
        assertEquals("HELD", row.status());
        assertEquals(0, attempts(row));
        assertTrue(smtp.mailTo(heldRecipient).isEmpty(), "held mail must not be sent");
    }

    private static void assertNothingListensOnTheSmtpPort() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", MailCatcher.port()), 2000);
            fail("something listens on the test SMTP port " + MailCatcher.port() + "; this test needs it closed");
        } catch (ConnectException expected) {
            // nothing there, as the test needs
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long queue(String recipient, boolean held) {
        return Fixtures.postForJson(
                        "public/it-fixtures/mail",
                        Fixtures.Id.class,
                        "recipient",
                        recipient,
                        "held",
                        Boolean.toString(held))
                .id();
    }

    private static OutboxRow awaitRow(long id, Predicate<OutboxRow> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        OutboxRow row;
        do {
            row = Fixtures.callForJson(
                    HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + "public/it-fixtures/mail?id=" + id))
                            .GET()
                            .build(),
                    OutboxRow.class);
            if (condition.test(row)) {
                return row;
            }
            Pause.of(Duration.ofMillis(100));
        } while (System.nanoTime() < deadline);
        throw new AssertionError("outbox mail " + id + " did not reach the expected state within " + timeout.toSeconds()
                + " s; it is " + row);
    }

    private static int attempts(OutboxRow row) {
        return row.attempts();
    }
}
