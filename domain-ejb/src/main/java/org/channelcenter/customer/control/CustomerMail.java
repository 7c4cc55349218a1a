package org.channelcenter.customer.control;

import jakarta.enterprise.context.Dependent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelcenter.customer.entity.CustomerInvitation;
import org.channelcenter.customer.entity.CustomerRelationship;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.notification.control.TemplatedInvitationMail;

/**
 * The customer mails: the invitation (a draft its sender may edit, or sent as written; one text for the
 * reseller alone, one for the reseller with its provider) and the notices to partners when a customer grants
 * or removes a relationship, each in its recipient's language.
 */
@Dependent
public class CustomerMail extends TemplatedInvitationMail<CustomerInvitation> {

    static final String INVITATION_WITH_PROVIDER = "customer.invitation.provider";
    static final String STARTED = "customer.relationship.started";
    static final String REMOVED = "customer.relationship.removed";

    /** The public acceptance page; the link is this plus the token. */
    public static final String ACCEPT_PATH = "public/customer-invitation.xhtml?token=";

    @Override
    public String acceptPath() {
        return ACCEPT_PATH;
    }

    /** One text for the reseller alone, one for the reseller with its provider. */
    @Override
    protected String templateOf(CustomerInvitation invitation) {
        return invitation.getProvider() == null ? super.templateOf(invitation) : INVITATION_WITH_PROVIDER;
    }

    @Override
    protected Map<String, String> senderValues(CustomerInvitation invitation) {
        Map<String, String> values = new HashMap<>(Map.of(
                "reseller", invitation.getReseller().getName(),
                "inviter", invitation.getInvitedBy().getDisplayName()));
        if (invitation.getProvider() != null) {
            values.put("provider", invitation.getProvider().getName());
        }
        return values;
    }

    /** A partner's admins hear that the customer granted it a relationship. */
    public void started(CustomerRelationship relationship, List<UserAccount> partnerAdmins) {
        tell(STARTED, relationship, relationship.getCustomer(), partnerAdmins);
    }

    /** A partner's admins hear that the customer removed its relationship: it has no access any more. */
    public void removed(CustomerRelationship relationship, List<UserAccount> partnerAdmins) {
        tell(REMOVED, relationship, relationship.getCustomer(), partnerAdmins);
    }

    private void tell(
            String template, CustomerRelationship relationship, Organization customer, List<UserAccount> recipients) {
        for (UserAccount admin : recipients) {
            outbox.enqueue(
                    template,
                    admin.getEmail(),
                    admin.mailLocale(),
                    Map.of(
                            "name", admin.getDisplayName(),
                            "customer", customer.getName(),
                            "partner", relationship.getPartner().getName()));
        }
    }
}
