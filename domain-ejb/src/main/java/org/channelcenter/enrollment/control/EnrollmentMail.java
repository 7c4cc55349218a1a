package org.channelcenter.enrollment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.channelcenter.enrollment.entity.EnrollmentApplication;
import org.channelcenter.notification.control.Outbox;

/** The enrollment mails, all to the primary contact, in the language the applicant enrolled in. */
@Dependent
public class EnrollmentMail {

    @Inject
    Outbox outbox;

    public void verifyContact(EnrollmentApplication application, String token) {
        send(
                application,
                "enrollment.verifyContact",
                Map.of("link", outbox.portalUrl() + "public/verify-contact.xhtml?token=" + token));
    }

    /** Every status change after verification: in review, approved, rejected, more information requested. */
    public void statusChanged(EnrollmentApplication application) {
        String template =
                switch (application.getStatus()) {
                    case IN_REVIEW -> "enrollment.inReview";
                    case APPROVED -> "enrollment.approved";
                    case REJECTED -> "enrollment.rejected";
                    case MORE_INFO_REQUESTED -> "enrollment.moreInfo";
                    case CONTACT_VERIFICATION_PENDING -> throw new IllegalStateException("sent with verifyContact");
                };
        send(
                application,
                template,
                Map.of("note", application.getDecisionNote() == null ? "" : application.getDecisionNote()));
    }

    private void send(EnrollmentApplication application, String template, Map<String, String> extra) {
        var profile = application.getProfile();
        String recipient = profile.getContactEmail() != null
                ? profile.getContactEmail()
                : application.getApplicant().getEmail();
        String name = profile.getContactFirstName() != null
                ? profile.getContactFirstName()
                : application.getApplicant().getDisplayName();
        Map<String, String> values = new HashMap<>(extra);
        values.put("name", name);
        values.put("organization", application.getOrganization().getName());
        values.put("signIn", application.getApplicant().getLoginName());
        outbox.enqueue(template, recipient, application.getLocale(), values);
    }
}
