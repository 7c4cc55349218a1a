package org.channelcenter.partnership.control;

import jakarta.enterprise.context.Dependent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.notification.control.TemplatedInvitationMail;
import org.channelcenter.partnership.entity.Partnership;
import org.channelcenter.partnership.entity.PartnershipInvitation;

/**
 * The partnership mails: the invitation (as a draft its sender may edit, or sent as written), and the
 * notices to both sides when a partnership starts or ends, each in its recipient's language.
 */
@Dependent
public class PartnershipMail extends TemplatedInvitationMail<PartnershipInvitation> {

    static final String STARTED_PROVIDER = "partnership.started.provider";
    static final String STARTED_RESELLER = "partnership.started.reseller";
    static final String ENDED = "partnership.ended";

    /** The path of the reseller's authorization page; the link is this plus the token. */
    public static final String AUTHORIZE_PATH = "partnership/authorize-provider.xhtml?token=";

    @Override
    public String acceptPath() {
        return AUTHORIZE_PATH;
    }

    @Override
    protected Map<String, String> senderValues(PartnershipInvitation invitation) {
        return Map.of(
                "provider", invitation.getProvider().getName(),
                "inviter", invitation.getInvitedBy().getDisplayName());
    }

    /** Both sides hear of the new partnership: the provider user who invited, the reseller admin who accepted. */
    public void started(Partnership partnership, UserAccount inviter, UserAccount acceptedBy) {
        Map<String, String> values = Map.of(
                "provider", partnership.getProvider().getName(),
                "reseller", partnership.getReseller().getName());
        outbox.enqueue(STARTED_PROVIDER, inviter.getEmail(), inviter.mailLocale(), with(values, inviter));
        outbox.enqueue(STARTED_RESELLER, acceptedBy.getEmail(), acceptedBy.mailLocale(), with(values, acceptedBy));
    }

    /** The other side's admins hear that the partnership ended, by whom and why. */
    public void ended(Partnership partnership, Organization endedBy, List<UserAccount> otherSideAdmins) {
        for (UserAccount admin : otherSideAdmins) {
            outbox.enqueue(
                    ENDED,
                    admin.getEmail(),
                    admin.mailLocale(),
                    with(
                            Map.of(
                                    "partner", endedBy.getName(),
                                    "organization",
                                            partnership
                                                    .otherSideOf(endedBy.getId())
                                                    .getName(),
                                    "reason", partnership.getEndReason()),
                            admin));
        }
    }

    private static Map<String, String> with(Map<String, String> values, UserAccount recipient) {
        var all = new HashMap<>(values);
        all.put("name", recipient.getDisplayName());
        return all;
    }
}
