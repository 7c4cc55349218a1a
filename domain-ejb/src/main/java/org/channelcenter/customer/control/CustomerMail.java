package org.channelcenter.customer.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelcenter.customer.entity.CustomerInvitation;
import org.channelcenter.customer.entity.CustomerRelationship;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.notification.control.MailTemplates;
import org.channelcenter.notification.control.Outbox;

/**
 * The customer mails: the invitation (a draft its sender may edit, or sent as written; one text for the
 * reseller alone, one for the reseller with its provider) and the notices to partners when a customer grants
 * or removes a relationship, each in its recipient's language.
 */
@Dependent
public class CustomerMail {

    static final String INVITATION = "customer.invitation";
    static final String INVITATION_WITH_PROVIDER = "customer.invitation.provider";
    static final String STARTED = "customer.relationship.started";
    static final String REMOVED = "customer.relationship.removed";

    /** The public acceptance page; the link is this plus the token. */
    public static final String ACCEPT_PATH = "public/customer-invitation.xhtml?token=";

    @Inject
    Outbox outbox;

    public String linkFor(String token) {
        return outbox.portalUrl() + ACCEPT_PATH + token;
    }

    /** The invitation's text in its language, with the personalized link, not yet queued. */
    public MailTemplates.RenderedMail draft(CustomerInvitation invitation, String link) {
        Locale locale = invitation.getLocale();
        String message = invitation.getPersonalMessage();
        Map<String, String> values = new HashMap<>(Map.of(
                "reseller", invitation.getReseller().getName(),
                "inviter", invitation.getInvitedBy().getDisplayName(),
                "message", message == null ? "" : message + "\n\n",
                "link", link,
                "expires", MailTemplates.longDate(invitation.getExpiresAt(), locale),
                "portal", outbox.portalUrl()));
        if (invitation.getProvider() != null) {
            values.put("provider", invitation.getProvider().getName());
        }
        return MailTemplates.render(templateOf(invitation), locale, values);
    }

    /** Queues the invitation as its sender finally wrote it. */
    public void sendWritten(CustomerInvitation invitation, String subject, String body) {
        outbox.enqueueWritten(templateOf(invitation), invitation.getRecipientEmail(), invitation.getLocale(), subject,
                body);
    }

    private static String templateOf(CustomerInvitation invitation) {
        return invitation.getProvider() == null ? INVITATION : INVITATION_WITH_PROVIDER;
    }

    /** A partner's admins hear that the customer granted it a relationship. */
    public void started(CustomerRelationship relationship, List<UserAccount> partnerAdmins) {
        tell(STARTED, relationship, relationship.getCustomer(), partnerAdmins);
    }

    /** A partner's admins hear that the customer removed its relationship: it has no access any more. */
    public void removed(CustomerRelationship relationship, List<UserAccount> partnerAdmins) {
        tell(REMOVED, relationship, relationship.getCustomer(), partnerAdmins);
    }

    private void tell(String template, CustomerRelationship relationship, Organization customer,
                      List<UserAccount> recipients) {
        for (UserAccount admin : recipients) {
            outbox.enqueue(template, admin.getEmail(), admin.mailLocale(), Map.of(
                    "name", admin.getDisplayName(),
                    "customer", customer.getName(),
                    "partner", relationship.getPartner().getName()));
        }
    }
}
