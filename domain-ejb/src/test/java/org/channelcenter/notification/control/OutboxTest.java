package org.channelcenter.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.channelcenter.notification.entity.MailStatus;
import org.channelcenter.notification.entity.OneTimeLinks;
import org.channelcenter.notification.entity.OutboxMessage;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the outbox stores and logs of a mail with a one-time link, with and without an SMTP relay. */
class OutboxTest {

    private static final String LINK =
            "http://localhost:9080/public/set-password.xhtml?token=Xq3v_9kLr-2mWb8pYt5nZc1hJd7fGs4aEe6uIo0RyTw";
    private static final String BODY = "Choose your password with this link:\n" + LINK + "\n\nThen sign in.";

    private final List<Object> persisted = new ArrayList<>();
    private final List<String> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(Outbox.class.getName());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final MailSeal seal = new MailSeal(new byte[32]);

    @BeforeEach
    void listen() {
        log.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(handler);
    }

    private Outbox outbox(String smtpHost, boolean devServer) {
        Outbox outbox = new Outbox();
        outbox.em = stub(EntityManager.class, (method, args) -> {
            if (method.equals("persist")) {
                persisted.add(args[0]);
            }
            return null;
        });
        outbox.config = stub(Config.class, (method, args) -> Optional.ofNullable(smtpHost));
        outbox.queued = stub(Event.class, (method, args) -> null);
        outbox.publicUrl = "http://localhost:9080/";
        outbox.seal = seal;
        outbox.logHeldLinks = devServer;
        return outbox;
    }

    @Test
    void withARelayTheLinkIsOnlyInTheSealedTextAndNothingIsLogged() {
        OutboxMessage mail = outbox("smtp.example.test", true)
                .enqueueWritten("user.invitation", "a@example.test", Locale.ENGLISH, "S", BODY);

        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertFalse(mail.getBody().contains("token="), mail.getBody());
        assertTrue(mail.getBody().contains(OneTimeLinks.REMOVED));
        assertEquals(BODY, seal.open(mail.getSealedBody(), "a@example.test"));
        assertEquals(List.of(mail), persisted);
        assertTrue(logged.isEmpty(), logged.toString());
    }

    @Test
    void withoutARelayADevServerLogsTheHeldMailsLinkAndStoresItNowhere() {
        OutboxMessage mail =
                outbox(null, true).enqueueWritten("user.invitation", "a@example.test", Locale.ENGLISH, "S", BODY);

        assertEquals(MailStatus.HELD, mail.getStatus());
        assertNull(mail.getSealedBody());
        assertFalse(mail.getBody().contains("token="), mail.getBody());
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).contains(LINK) && logged.get(0).contains("cc.dev.mail.links"), logged.get(0));
    }

    @Test
    void withoutARelayAnyOtherServerLogsNoLink() {
        outbox(null, false).enqueueWritten("user.invitation", "a@example.test", Locale.ENGLISH, "S", BODY);

        assertTrue(logged.isEmpty(), logged.toString());
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> answer.of(method.getName(), args));
    }

    @FunctionalInterface
    private interface Answer {
        Object of(String method, Object[] args);
    }
}
