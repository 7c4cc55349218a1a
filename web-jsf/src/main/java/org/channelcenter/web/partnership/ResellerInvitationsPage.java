package org.channelcenter.web.partnership;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.partnership.boundary.InvitationRow;
import org.channelcenter.partnership.boundary.PartnershipInvitations;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;

/** A provider's invitations on Indirect resellers: their states, revoking and re-sending them. */
@Named
@ViewScoped
public class ResellerInvitationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PartnershipInvitations invitations;

    @Inject
    DomainMessages messages;

    private BoundaryLazyDataModel<InvitationRow> rows;

    public BoundaryLazyDataModel<InvitationRow> getInvitations() {
        if (rows == null) {
            rows = new BoundaryLazyDataModel<>(invitations::count, invitations::find, row -> Long.toString(row.id()));
        }
        return rows;
    }

    public void revoke(InvitationRow row) {
        try {
            invitations.revoke(row.id(), row.version());
            messages.info("invitations.revoked", row.recipientEmail());
        } catch (DomainException e) {
            messages.show(e, null);
        } catch (EJBException e) {
            messages.showConcurrentChangeOrRethrow(e, null);
        }
    }

    public void resend(InvitationRow row) {
        try {
            invitations.resend(row.id(), row.version());
            messages.info("invitations.resent", row.recipientEmail());
        } catch (DomainException e) {
            messages.show(e, null);
        } catch (EJBException e) {
            messages.showConcurrentChangeOrRethrow(e, null);
        }
    }
}
