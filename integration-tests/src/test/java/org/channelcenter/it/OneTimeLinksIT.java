package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.Pause;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.StoredMailFixtureServlet.StoredMail;
import org.channelcenter.notification.entity.OneTimeLinks;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15, point 2: a copy of the database holds no usable one-time link. A new admin agent's set-password mail,
 * queued while the SMTP relay is down, is read from the database with plain JDBC before and after it is sent: no
 * column of its row holds the live token, in any form a reader could use. The mail the relay receives, once it is
 * back, still carries the working link, exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OneTimeLinksIT {

    private static final String USERS = "public/it-probe/users";
    /** Every token the portal mails: 32 random bytes, Base64url without padding. */
    private static final Pattern TOKEN_SHAPED = Pattern.compile("[A-Za-z0-9_-]{43}");

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.stoppedUntilStarted();

    @Test
    void aSetPasswordMailIsNeverReadableFromTheDatabaseYetArrivesWithItsWorkingLink() throws Exception {
        Created organization = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        String userName = "links" + System.nanoTime();
        String email = userName + "@example.com"; // what the probe gives the new user
        ProbeAnswer added =
                Fixtures.probe(USERS, organization.login(), "add", "userName", userName, "roles", "ADMIN_AGENT");
        assertTrue(added.ok(), added.toString());
        String login = added.value("login");

        StoredMail queued = awaitStoredMail(email, mail -> !mail.columns().isEmpty());
        assertEquals(1, queued.tokenHashes().size(), "one set-password link: " + queued.tokenHashes());
        String liveHash = queued.tokenHashes().get(0);
        assertNoLiveToken(queued, liveHash, "queued, SMTP down");
        assertTrue(
                queued.columns().get("body").contains(OneTimeLinks.REMOVED),
                queued.columns().get("body"));

        smtp.start();
        MailCatcher.ReceivedMail received = smtp.awaitMailTo(email, Duration.ofSeconds(75));
        String link = received.link();
        Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(link);
        assertTrue(token.find(), link);
        assertEquals(liveHash, sha256(token.group(1)), "the delivered link carries the live token");
        String page = get(link);
        assertTrue(page.contains(login), "the delivered link opens the set-password page for " + login);

        StoredMail sent =
                awaitStoredMail(email, mail -> "SENT".equals(mail.columns().get("status")));
        assertNoLiveToken(sent, liveHash, "sent");
        assertFalse(sent.columns().get("body").contains(token.group(1)));
        assertEquals(1, smtp.mailTo(email).size(), "delivered once");
    }

    /**
     * No column holds the token as text, nor anything shaped like a token that hashes to the live one, nor a
     * {@code token=} link at all.
     */
    private static void assertNoLiveToken(StoredMail mail, String liveHash, String when) {
        for (Map.Entry<String, String> column : mail.columns().entrySet()) {
            String value = column.getValue();
            assertFalse(
                    value.toLowerCase().contains("token="),
                    when + ": column " + column.getKey() + " holds a link: " + value);
            for (int start = 0; start + 43 <= value.length(); start++) {
                String window = value.substring(start, start + 43);
                assertFalse(
                        TOKEN_SHAPED.matcher(window).matches() && liveHash.equals(sha256(window)),
                        when + ": column " + column.getKey() + " holds the live token");
            }
        }
    }

    private static StoredMail awaitStoredMail(String recipient, Predicate<StoredMail> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            StoredMail mail =
                    Fixtures.postForJson("public/it-fixtures/stored-mail", StoredMail.class, "recipient", recipient);
            if (wanted.test(mail)) {
                return mail;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no such mail to " + recipient + ": " + mail);
            }
            Pause.of(Duration.ofMillis(200));
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
