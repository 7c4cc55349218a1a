package org.channelcenter.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.channelcenter.notification.entity.OneTimeLinks;
import org.channelcenter.notification.entity.OutboxMessage;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues a mail in the caller's transaction. The text is rendered now, in the recipient's language; with
 * no SMTP host configured ({@code cc.smtp.host} empty) the mail is HELD for staff to read on Outbox. Staff and
 * the database never read a one-time link: a mail that carries one is stored without it and, when it is to be
 * delivered, with its full text sealed ({@link MailSeal}). A HELD mail's links go nowhere, except to the log of
 * a dev server ({@code cc.dev.mail.links}), so that a developer without SMTP can still follow them.
 */
@Dependent
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    // Read when needed, not injected: the server's default for cc.smtp.host is the empty string ("no SMTP
    // host"), which MicroProfile Config treats as missing and refuses at deployment for any injected type.
    @Inject
    Config config;

    /** Tells delivery, once the caller's transaction commits, that there is mail to send now. */
    @Inject
    Event<MailQueued> queued;

    @Inject
    @ConfigProperty(name = "cc.public.url", defaultValue = "http://localhost:9080/")
    String publicUrl;

    @Inject
    MailSeal seal;

    /**
     * Only the dev and test servers' config dropin sets this (server-config/src/dev); the package and server.xml
     * know nothing of it.
     */
    @Inject
    @ConfigProperty(name = "cc.dev.mail.links", defaultValue = "false")
    boolean logHeldLinks;

    /**
     * @param template a template of the mail bundle, e.g. {@code enrollment.verify}
     * @param values   the template's placeholders; {@code {portal}} (the portal's public address) is added
     */
    public OutboxMessage enqueue(String template, String recipient, Locale locale, Map<String, String> values) {
        Map<String, String> all = new java.util.HashMap<>(values);
        all.putIfAbsent("portal", portalUrl());
        MailTemplates.RenderedMail mail = MailTemplates.render(template, locale, all);
        return store(template, recipient, locale, mail.subject(), mail.body());
    }

    /**
     * Queues a mail whose text its sender wrote (an edited invitation draft); {@code template} only says
     * which kind of mail it is, for the outbox list.
     */
    public OutboxMessage enqueueWritten(String template, String recipient, Locale locale, String subject, String body) {
        return store(template, recipient, locale, subject, body);
    }

    private OutboxMessage store(String template, String recipient, Locale locale, String subject, String body) {
        boolean deliverable = smtpConfigured();
        boolean hasLinks = OneTimeLinks.isIn(body);
        String sealed = deliverable && hasLinks ? seal.seal(body, recipient) : null;
        OutboxMessage message =
                new OutboxMessage(template, recipient, locale, subject, body, sealed, deliverable, Instant.now());
        em.persist(message);
        if (!deliverable && hasLinks && logHeldLinks) {
            OneTimeLinks.in(body)
                    .forEach(link -> LOG.info(() -> "Dev server only (cc.dev.mail.links): the " + template + " mail to "
                            + recipient + " is HELD without SMTP; its link: " + link));
        }
        queued.fire(new MailQueued());
        return message;
    }

    private boolean smtpConfigured() {
        return config.getOptionalValue("cc.smtp.host", String.class)
                .filter(host -> !host.isBlank())
                .isPresent();
    }

    /** The portal's public address, ending in '/': what links in mails start with. */
    public String portalUrl() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }
}
