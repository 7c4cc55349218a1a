package org.channelcenter.web.enrollment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.enrollment.boundary.ApplicationView;
import org.channelcenter.enrollment.boundary.Enrollments;
import org.channelcenter.enrollment.entity.BusinessProfile;
import org.channelcenter.enrollment.entity.EnrollmentStatus;
import org.channelcenter.web.i18n.Messages;
import org.channelcenter.web.kernel.DomainMessages;

/** The applicant's status page: where the application stands, resend the link, answer a request for information. */
@Named
@ViewScoped
public class EnrollmentStatusPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Enrollments enrollments;

    @Inject
    DomainMessages refusals;

    @Inject
    Messages messages;

    private ApplicationView application;
    private BusinessProfile profile;

    @PostConstruct
    void load() {
        refusals.attempt(
                () -> {
                    application = enrollments.myApplication().orElse(null);
                    profile = application == null ? null : application.profile();
                    if (application != null && application.status().isFinal()) {
                        ApplicantFilter.forget(((jakarta.servlet.http.HttpServletRequest)
                                        jakarta.faces.context.FacesContext.getCurrentInstance()
                                                .getExternalContext()
                                                .getRequest())
                                .getSession());
                    }
                },
                null);
    }

    public void resendVerification() {
        refusals.attempt(
                () -> {
                    enrollments.resendVerification();
                    messages.info("status.resent", application.profile().getContactEmail());
                },
                null);
    }

    public void resubmit() {
        refusals.attempt(
                () -> {
                    enrollments.resubmit(profile);
                    load();
                    if (application != null && application.status() == EnrollmentStatus.CONTACT_VERIFICATION_PENDING) {
                        // a new primary contact address: back to review once it is verified
                        messages.info(
                                "status.resubmittedToVerify",
                                application.profile().getContactEmail());
                    } else {
                        messages.info("status.resubmitted");
                    }
                },
                null);
    }

    public ApplicationView getApplication() {
        return application;
    }

    public BusinessProfile getProfile() {
        return profile;
    }
}
