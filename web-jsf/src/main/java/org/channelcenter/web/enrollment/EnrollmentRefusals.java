package org.channelcenter.web.enrollment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException;
import org.channelcenter.web.i18n.Messages;

/** Shows an enrollment refusal as the localized message {@code enrollment.refused.<REASON>} at a field. */
@Dependent
public class EnrollmentRefusals implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Messages messages;

    public void show(String clientId, EnrollmentRefusedException refusal) {
        messages.errorAt(clientId, key(refusal.reason()));
    }

    public String text(EnrollmentRefusedException.Reason reason) {
        return messages.text(key(reason));
    }

    private static String key(EnrollmentRefusedException.Reason reason) {
        return "enrollment.refused." + reason.name();
    }
}
