package org.channelcenter.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.channelcenter.customer.boundary.CustomerInvitations;
import org.channelcenter.customer.boundary.NewCustomerInvitation;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.web.kernel.InvitationDraftPage;

/**
 * "Request a reseller relationship" (Customers) and, with {@code ?provider=<id>}, "Invite new customers" for one
 * of the reseller's providers (Indirect providers). The boundary decides whether the provider is an active
 * partner; the page only names it.
 */
@Named
@ViewScoped
public class InviteCustomerPage extends InvitationDraftPage {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomerInvitations invitations;

    private Long providerId;
    private String providerName;
    private boolean providerRefused;

    /** View action: with a provider, its name, or the refusal when it is not an active partner. */
    public void load() {
        if (providerId == null) {
            return;
        }
        providerRefused = !messages.attempt(
                () -> {
                    providerName = invitations.partnerProviderName(providerId);
                },
                null);
    }

    @Override
    protected InvitationDraft invite(InvitationLetter letter) {
        return invitations.invite(new NewCustomerInvitation(letter, providerId));
    }

    @Override
    protected CustomerInvitations invitations() {
        return invitations;
    }

    public boolean isWithProvider() {
        return providerId != null;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getProviderName() {
        return providerName;
    }

    public boolean isProviderRefused() {
        return providerRefused;
    }
}
