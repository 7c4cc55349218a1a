package org.channelcenter.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) in the test JVM, on the port the test server delivers the outbox to
 * ({@code it.smtp.port} in the POM, passed as {@code channelcenter.smtp.port}). Register it in a test class:
 *
 * <pre>
 * &#64;RegisterExtension
 * final MailCatcher mail = MailCatcher.running();
 * ...
 * MailCatcher.ReceivedMail verification = mail.awaitMailTo(contactEmail);
 * open(verification.link());
 * </pre>
 *
 * Each test gets a fresh, empty server, stopped after the test, so mails never leak between tests; the
 * outbox delivers every 2 seconds on the test server. {@link #stoppedUntilStarted()} leaves the server down
 * until the test calls {@link #start()}, to see what the portal does while SMTP is unreachable.
 */
public final class MailCatcher implements BeforeEachCallback, AfterEachCallback {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final boolean startBeforeEachTest;
    private GreenMail server;

    private MailCatcher(boolean startBeforeEachTest) {
        this.startBeforeEachTest = startBeforeEachTest;
    }

    /** Listening from before each test until after it. */
    public static MailCatcher running() {
        return new MailCatcher(true);
    }

    /** Down until the test calls {@link #start()}; stopped after the test either way. */
    public static MailCatcher stoppedUntilStarted() {
        return new MailCatcher(false);
    }

    /** The SMTP port the test server sends to. */
    public static int port() {
        return Integer.parseInt(System.getProperty("channelcenter.smtp.port", "3025"));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (startBeforeEachTest) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }

    public synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every mail received so far for that address (case-insensitive), oldest first. */
    public synchronized List<ReceivedMail> mailTo(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> isAddressedTo(message, address))
                .map(ReceivedMail::of)
                .toList();
    }

    /** The first mail for that address, waiting up to 30 seconds for it. */
    public ReceivedMail awaitMailTo(String address) {
        return awaitMailTo(address, DEFAULT_WAIT);
    }

    /** The first mail for that address, waiting up to {@code timeout}; fails the test if none arrives. */
    public ReceivedMail awaitMailTo(String address, Duration timeout) {
        return awaitMailTo(address, mail -> true, timeout);
    }

    /** The first mail for that address that {@code wanted} accepts, waiting up to 30 seconds for it. */
    public ReceivedMail awaitMailTo(String address, java.util.function.Predicate<ReceivedMail> wanted) {
        return awaitMailTo(address, wanted, DEFAULT_WAIT);
    }

    private ReceivedMail awaitMailTo(
            String address, java.util.function.Predicate<ReceivedMail> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            java.util.Optional<ReceivedMail> received =
                    mailTo(address).stream().filter(wanted).findFirst();
            if (received.isPresent()) {
                return received.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no mail to " + address + " within " + timeout.toSeconds() + " s"
                        + (server == null ? " (the mail catcher is not running)" : ""));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for mail to " + address, e);
            }
        }
    }

    private static boolean isAddressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients)
                            .map(recipient ->
                                    ((InternetAddress) recipient).getAddress().toLowerCase(Locale.ROOT))
                            .anyMatch(address.toLowerCase(Locale.ROOT)::equals);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What arrived, decoded: the sender, the recipients, the subject, the plain-text body and its MIME type. */
    public record ReceivedMail(String from, List<String> to, String subject, String body, String contentType) {

        static ReceivedMail of(MimeMessage message) {
            try {
                Object content = message.getContent();
                return new ReceivedMail(
                        ((InternetAddress) message.getFrom()[0]).getAddress(),
                        Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .map(address -> ((InternetAddress) address).getAddress())
                                .toList(),
                        message.getSubject(),
                        content instanceof String text ? text : String.valueOf(content),
                        message.getContentType());
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("cannot read a received mail", e);
            }
        }

        /** The first link in the body (verification and invitation mails carry one). */
        public String link() {
            Matcher matcher = LINK.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("no link in mail: " + body);
            }
            return matcher.group();
        }
    }
}
