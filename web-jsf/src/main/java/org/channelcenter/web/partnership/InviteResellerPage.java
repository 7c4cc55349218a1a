package org.channelcenter.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Locale;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.partnership.boundary.NewPartnershipInvitation;
import org.channelcenter.partnership.boundary.PartnershipInvitations;
import org.channelcenter.web.kernel.InvitationDraftPage;

/** Invite a reseller (provider admins and sales agents; the boundary checks). */
@Named
@ViewScoped
public class InviteResellerPage extends InvitationDraftPage {

    private static final long serialVersionUID = 1L;

    @EJB
    PartnershipInvitations invitations;

    @Override
    protected InvitationDraft invite(String recipientEmail, String message, Locale language) {
        return invitations.invite(new NewPartnershipInvitation(recipientEmail, message, language));
    }

    @Override
    protected PartnershipInvitations invitations() {
        return invitations;
    }
}
