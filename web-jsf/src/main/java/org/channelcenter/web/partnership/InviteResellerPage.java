package org.channelcenter.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.entity.InvitationLetter;
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
    protected InvitationDraft invite(InvitationLetter letter) {
        return invitations.invite(letter);
    }

    @Override
    protected PartnershipInvitations invitations() {
        return invitations;
    }
}
