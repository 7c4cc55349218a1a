package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Predicate;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.MailCatcher;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Outbox delivery over real SMTP (GreenMail in this JVM, which the test server sends to): a mail queued
 * while the relay is down is retried with back-off and delivered once the relay is back; HELD mail is
 * never sent. The test server polls the outbox every 2 seconds.
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
        Properties failed = awaitRow(id, row -> attempts(row) >= 1, Duration.ofSeconds(30));

        assertEquals("PENDING", failed.getProperty("status"), "a failed attempt keeps the mail pending");
        assertEquals(1, attempts(failed));
        assertFalse(failed.getProperty("lastError").isBlank(), "the error is recorded");
        long waited = millis(failed, "nextAttemptAt") - millis(failed, "createdAt");
        assertTrue(waited >= 30_000 && waited < 60_000,
                "the next attempt is about 30 s after the failure, not at once: " + waited + " ms after queuing");
        assertEquals("", failed.getProperty("sentAt"));

        smtp.start();
        MailCatcher.ReceivedMail mail = smtp.awaitMailTo(recipient, Duration.ofSeconds(75));

        assertEquals("Channel Center test message", mail.subject());
        Properties sent = awaitRow(id, row -> "SENT".equals(row.getProperty("status")), Duration.ofSeconds(15));
        assertEquals(2, attempts(sent), "sent on the second attempt");
        assertTrue(millis(sent, "sentAt") >= millis(failed, "nextAttemptAt"), "not retried before its time");
        assertEquals(1, smtp.mailTo(recipient).size(), "delivered once");
    }

    @Test
    void heldMailIsNeverSentWhileDueMailIs() {
        smtp.start();
        String heldRecipient = "held-" + System.nanoTime() + "@example.test";
        String pendingRecipient = "pending-" + System.nanoTime() + "@example.test";
        long held = queue(heldRecipient, true);

        long pending = queue(pendingRecipient, false);
        smtp.awaitMailTo(pendingRecipient);
        awaitRow(pending, row -> "SENT".equals(row.getProperty("status")), Duration.ofSeconds(15));
        pause(Duration.ofSeconds(5)); // two more delivery runs after the one that sent the pending mail

        Properties row = awaitRow(held, r -> true, Duration.ofSeconds(5));
        assertEquals("HELD", row.getProperty("status"));
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
        String form = "recipient=" + URLEncoder.encode(recipient, StandardCharsets.UTF_8) + "&held=" + held;
        Properties answer = Fixtures.call(HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + "public/it-fixtures/mail"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return Long.parseLong(answer.getProperty("id"));
    }

    private static Properties awaitRow(long id, Predicate<Properties> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Properties row;
        do {
            row = Fixtures.call(HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + "public/it-fixtures/mail?id=" + id))
                    .GET().build());
            if (condition.test(row)) {
                return row;
            }
            pause(Duration.ofMillis(300));
        } while (System.nanoTime() < deadline);
        throw new AssertionError("outbox mail " + id + " did not reach the expected state within "
                + timeout.toSeconds() + " s; it is " + row);
    }

    private static int attempts(Properties row) {
        return Integer.parseInt(row.getProperty("attempts"));
    }

    private static long millis(Properties row, String name) {
        return Long.parseLong(row.getProperty(name));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
