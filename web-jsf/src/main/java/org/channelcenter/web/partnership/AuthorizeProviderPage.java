package org.channelcenter.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.partnership.boundary.PartnershipInvitations;
import org.channelcenter.partnership.boundary.PartnershipRow;
import org.channelcenter.partnership.boundary.ProviderInvitationView;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * Authorize indirect provider: the page an invitation's link opens (after sign-in). It shows the provider,
 * the seeds' note on what authorizing grants, the check box and the button; a link that cannot be used, or
 * a user who may not authorize, gets the reason instead.
 */
@Named
@ViewScoped
public class AuthorizeProviderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PartnershipInvitations invitations;

    @Inject
    DomainMessages messages;

    private String token;
    private ProviderInvitationView invitation;
    private String refusal;
    private boolean consent;
    private PartnershipRow authorized;

    /** View action: reads the invitation once per visit. */
    public void load() {
        if (invitation != null || refusal != null) {
            return;
        }
        try {
            invitation = invitations.invitation(token);
            if (!invitation.callerMayAuthorize()) {
                refusal = "partnership.refused.NOT_RESELLER_ADMIN";
            }
        } catch (DomainException e) {
            refusal = messages.keyFor(e);
        }
    }

    public void authorize() {
        try {
            authorized = invitations.accept(token, consent);
            messages.info("authorize.done", authorized.partnerName());
        } catch (DomainException e) {
            messages.show(e, "authorizeForm:consent");
        }
    }

    public boolean isUsable() {
        return invitation != null && refusal == null && authorized == null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ProviderInvitationView getInvitation() {
        return invitation;
    }

    public String getRefusal() {
        return refusal;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public PartnershipRow getAuthorized() {
        return authorized;
    }
}
