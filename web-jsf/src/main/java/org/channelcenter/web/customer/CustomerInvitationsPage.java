package org.channelcenter.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.channelcenter.customer.boundary.CustomerInvitationRow;
import org.channelcenter.customer.boundary.CustomerInvitations;
import org.channelcenter.web.kernel.SentInvitationsPage;

/** A reseller's customer invitations: their states, revoking and re-sending them. */
@Named
@ViewScoped
public class CustomerInvitationsPage extends SentInvitationsPage<CustomerInvitationRow> {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomerInvitations invitations;

    @Override
    protected CustomerInvitations invitations() {
        return invitations;
    }
}
