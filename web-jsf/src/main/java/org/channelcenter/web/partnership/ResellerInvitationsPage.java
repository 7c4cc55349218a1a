package org.channelcenter.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.channelcenter.partnership.boundary.InvitationRow;
import org.channelcenter.partnership.boundary.PartnershipInvitations;
import org.channelcenter.web.kernel.SentInvitationsPage;

/** A provider's invitations on Indirect resellers: their states, revoking and re-sending them. */
@Named
@ViewScoped
public class ResellerInvitationsPage extends SentInvitationsPage<InvitationRow> {

    private static final long serialVersionUID = 1L;

    @EJB
    PartnershipInvitations invitations;

    @Override
    protected PartnershipInvitations invitations() {
        return invitations;
    }
}
