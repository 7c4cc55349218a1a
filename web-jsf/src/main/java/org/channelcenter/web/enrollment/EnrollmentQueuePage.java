package org.channelcenter.web.enrollment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelcenter.enrollment.boundary.ApplicationSummary;
import org.channelcenter.enrollment.boundary.EnrollmentReviews;
import org.channelcenter.enrollment.entity.EnrollmentStatus;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;

/** Staff › Enrollment applications: the review queue by status, oldest first, paged in the database. */
@Named
@ViewScoped
public class EnrollmentQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    EnrollmentReviews reviews;

    private EnrollmentStatus status = EnrollmentStatus.IN_REVIEW;
    private BoundaryLazyDataModel<ApplicationSummary> applications;

    public BoundaryLazyDataModel<ApplicationSummary> getApplications() {
        if (applications == null) {
            applications = new BoundaryLazyDataModel<>(
                    filter -> reviews.count(status, filter),
                    request -> reviews.find(status, request),
                    row -> Long.toString(row.id()));
        }
        return applications;
    }

    public List<EnrollmentStatus> getStatuses() {
        return List.of(EnrollmentStatus.values());
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public void setStatus(EnrollmentStatus status) {
        this.status = status == null ? EnrollmentStatus.IN_REVIEW : status;
    }
}
