package org.channelcenter.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands one mail to the SMTP relay of the server's {@code mail/channelcenter} session: UTF-8 plain text,
 * from {@code cc.mail.from}. Nothing is retried here; the caller records the outcome on the outbox message.
 */
@Dependent
public class SmtpRelay {

    @Resource(lookup = "mail/channelcenter")
    Session session;

    @Inject
    @ConfigProperty(name = "cc.mail.from", defaultValue = "no-reply@channel.test")
    String from;

    public void send(String recipient, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
