package org.channelcenter.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.channelcenter.notification.entity.OutboxMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues a mail in the caller's transaction. The text is rendered now, in the recipient's language; with
 * no SMTP host configured ({@code cc.smtp.host} empty) the mail is HELD for staff to read on Outbox.
 */
@Dependent
public class Outbox {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    // Optional, because MicroProfile Config treats the empty default ("no SMTP host") as a missing value.
    @Inject
    @ConfigProperty(name = "cc.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "cc.public.url", defaultValue = "http://localhost:9080/")
    String publicUrl;

    /**
     * @param template a template of the mail bundle, e.g. {@code enrollment.verify}
     * @param values   the template's placeholders; {@code {portal}} (the portal's public address) is added
     */
    public OutboxMessage enqueue(String template, String recipient, Locale locale, Map<String, String> values) {
        Map<String, String> all = new java.util.HashMap<>(values);
        all.putIfAbsent("portal", portalUrl());
        MailTemplates.RenderedMail mail = MailTemplates.render(template, locale, all);
        OutboxMessage message = new OutboxMessage(template, recipient, locale, mail.subject(), mail.body(),
                smtpHost.filter(host -> !host.isBlank()).isPresent(), Instant.now());
        em.persist(message);
        return message;
    }

    /** The portal's public address, ending in '/': what links in mails start with. */
    public String portalUrl() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }
}
