package org.channelcenter.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.channelcenter.customer.boundary.AcceptedInvitation;
import org.channelcenter.customer.boundary.CustomerInvitationView;
import org.channelcenter.customer.boundary.CustomerInvitations;
import org.channelcenter.customer.entity.CustomerRefusedException;
import org.channelcenter.directory.boundary.NewDirectory;
import org.channelcenter.web.i18n.LanguageSelection;
import org.channelcenter.web.kernel.InvitationLinkPage;

/**
 * The public page a customer invitation's link opens: who asks and exactly what accepting grants; the
 * customer's global admin signs in to the customer's directory, or creates a new one, ticks the consent box and
 * authorizes. A link that cannot be used gets its reason instead. Nobody is signed in to the portal by this
 * page: the credentials only prove who accepts (the boundary checks them like any sign-in).
 */
@Named
@ViewScoped
public class CustomerInvitationPage extends InvitationLinkPage<CustomerInvitationView> {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomerInvitations invitations;

    @Inject
    LanguageSelection language;

    private String signInName;
    private String password;
    private final NewDirectory newDirectory = new NewDirectory();
    private AcceptedInvitation accepted;

    @Override
    protected CustomerInvitations invitations() {
        return invitations;
    }

    /** An existing customer: its global admin's sign-in proves who accepts. */
    public void acceptAsDirectoryAdmin() {
        String typed = password;
        password = null; // kept for no longer than this request
        messages.attempt(() -> {
                    accepted = invitations.acceptAsDirectoryAdmin(
                            getToken(), signInName, typed, isConsent(), clientAddress());
                    done();
                })
                .refusalAt(CustomerRefusedException.class, e -> fieldOf(e.reason(), "acceptForm:password"))
                .showingAt(null);
    }

    /** A new customer: "Create new tenant", then the relationships, all in one transaction. */
    public void acceptWithNewDirectory() {
        messages.attempt(() -> {
                    accepted = invitations.acceptWithNewDirectory(
                            getToken(), newDirectory, isConsent(), language.getLocale());
                    newDirectory.setAdminPassword(null);
                    done();
                })
                .refusalAt(CustomerRefusedException.class, e -> fieldOf(e.reason(), "acceptForm:domainPrefix"))
                .invalidAt("acceptForm:domainPrefix", "customerAccept.invalidDirectory")
                .showingAt(null);
    }

    private void done() {
        messages.info("customerAccept.done", String.join(", ", accepted.partnerNames()));
    }

    /** The consent box's refusal goes to the box, the sign-in's and the new directory's to the credentials, the rest up. */
    private static String fieldOf(CustomerRefusedException.Reason reason, String credentialsField) {
        return switch (reason) {
            case CONSENT_MISSING -> "acceptForm:consent";
            case SIGN_IN_FAILED, SIGN_IN_THROTTLED, NOT_CUSTOMER_ADMIN, DOMAIN_TAKEN -> credentialsField;
            default -> null;
        };
    }

    private static String clientAddress() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    @Override
    protected boolean isAccepted() {
        return accepted != null;
    }

    public String getDirectorySuffix() {
        return invitations.directorySuffix();
    }

    public String getSignInName() {
        return signInName;
    }

    public void setSignInName(String signInName) {
        this.signInName = signInName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public NewDirectory getNewDirectory() {
        return newDirectory;
    }

    public AcceptedInvitation getAccepted() {
        return accepted;
    }
}
