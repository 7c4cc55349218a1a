package org.channelcenter.web.enrollment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.enrollment.boundary.ApplicationView;
import org.channelcenter.enrollment.boundary.Enrollments;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException;
import org.channelcenter.web.kernel.DomainMessages;

/** The primary contact's verification page: both confirmations, then the application goes to review. */
@Named
@ViewScoped
public class ContactVerificationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Enrollments enrollments;

    @Inject
    DomainMessages refusals;

    private String token;
    private ApplicationView application;
    private boolean signedUp;
    private boolean addressBelongsToOrganization;
    private boolean confirmed;

    /** On opening the link: show what it is about, or why it cannot be used. */
    public void load() {
        refusals.attempt(
                () -> {
                    application = enrollments.verification(token);
                },
                null);
    }

    public void confirm() {
        refusals.attempt(() -> {
                    enrollments.confirmContact(token, signedUp, addressBelongsToOrganization);
                    confirmed = true;
                })
                .refusalAt(
                        EnrollmentRefusedException.class,
                        refused -> refused.reason() == EnrollmentRefusedException.Reason.CONFIRMATIONS_MISSING
                                ? "verifyForm:signedUp"
                                : null)
                .showingAt(null);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public boolean isSignedUp() {
        return signedUp;
    }

    public void setSignedUp(boolean signedUp) {
        this.signedUp = signedUp;
    }

    public boolean isAddressBelongsToOrganization() {
        return addressBelongsToOrganization;
    }

    public void setAddressBelongsToOrganization(boolean addressBelongsToOrganization) {
        this.addressBelongsToOrganization = addressBelongsToOrganization;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
