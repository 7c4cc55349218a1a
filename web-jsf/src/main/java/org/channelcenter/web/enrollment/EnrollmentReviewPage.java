package org.channelcenter.web.enrollment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelcenter.enrollment.boundary.ApplicationView;
import org.channelcenter.enrollment.boundary.AutomaticCheck;
import org.channelcenter.enrollment.boundary.EnrollmentReviews;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException;
import org.channelcenter.web.i18n.Messages;
import org.channelcenter.web.kernel.DomainMessages;

/** Staff review of one application: details, automatic checks, and the decision. */
@Named
@ViewScoped
public class EnrollmentReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    EnrollmentReviews reviews;

    @Inject
    DomainMessages refusals;

    @Inject
    Messages messages;

    private Long id;
    private ApplicationView application;
    private List<AutomaticCheck> checks;
    private String note;

    public void load() {
        if (id == null) {
            return;
        }
        refusals.attempt(
                () -> {
                    application = reviews.application(id);
                    checks = reviews.checks(id);
                },
                null);
    }

    public void approve() {
        decide(() -> reviews.approve(id, application.version()), "review.approved");
    }

    public void reject() {
        decide(() -> reviews.reject(id, application.version(), note), "review.rejected");
    }

    public void requestMoreInformation() {
        decide(() -> reviews.requestMoreInformation(id, application.version(), note), "review.moreInfoRequested");
    }

    private void decide(Runnable decision, String doneKey) {
        refusals.attempt(() -> {
                    decision.run();
                    messages.info(doneKey);
                    note = null;
                })
                .refusalAt(
                        EnrollmentRefusedException.class,
                        refused -> refused.reason() == EnrollmentRefusedException.Reason.NOTE_REQUIRED
                                ? "reviewForm:decisionNote"
                                : null)
                .showingAt(null);
        load(); // show the state that is now in the database, whoever decided
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public List<AutomaticCheck> getChecks() {
        return checks;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
