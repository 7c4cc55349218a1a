package org.channelcenter.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.channelcenter.partnership.boundary.PartnershipInvitations;
import org.channelcenter.partnership.boundary.PartnershipRow;
import org.channelcenter.partnership.boundary.ProviderInvitationView;
import org.channelcenter.web.kernel.InvitationLinkPage;

/**
 * Authorize indirect provider: the page an invitation's link opens (after sign-in). It shows the provider,
 * the seeds' note on what authorizing grants, the check box and the button; a link that cannot be used, or
 * a user who may not authorize, gets the reason instead.
 */
@Named
@ViewScoped
public class AuthorizeProviderPage extends InvitationLinkPage<ProviderInvitationView> {

    private static final long serialVersionUID = 1L;

    @EJB
    PartnershipInvitations invitations;

    private PartnershipRow authorized;

    @Override
    protected PartnershipInvitations invitations() {
        return invitations;
    }

    @Override
    protected String refusalFor(ProviderInvitationView invitation) {
        return invitation.callerMayAuthorize() ? null : "partnership.refused.NOT_RESELLER_ADMIN";
    }

    public void authorize() {
        messages.attempt(
                () -> {
                    authorized = invitations.accept(getToken(), isConsent());
                    messages.info("authorize.done", authorized.partnerName());
                },
                "authorizeForm:consent");
    }

    @Override
    protected boolean isAccepted() {
        return authorized != null;
    }

    public PartnershipRow getAuthorized() {
        return authorized;
    }
}
