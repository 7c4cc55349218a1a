package org.channelcenter.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.channelcenter.customer.boundary.CustomerInvitationRow;
import org.channelcenter.customer.boundary.CustomerInvitations;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.web.kernel.SentInvitationsPage;

/** A reseller's customer invitations: their states, revoking and re-sending them. */
@Named
@ViewScoped
public class CustomerInvitationsPage extends SentInvitationsPage<CustomerInvitationRow> {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomerInvitations invitations;

    @Override
    protected long count(String filter) {
        return invitations.count(filter);
    }

    @Override
    protected List<CustomerInvitationRow> find(PageRequest request) {
        return invitations.find(request);
    }

    @Override
    protected void revoke(long id, long version) {
        invitations.revoke(id, version);
    }

    @Override
    protected void resend(long id, long version) {
        invitations.resend(id, version);
    }
}
