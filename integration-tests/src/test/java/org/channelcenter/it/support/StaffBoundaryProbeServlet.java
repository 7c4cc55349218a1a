package org.channelcenter.it.support;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.enrollment.boundary.EnrollmentReviews;
import org.channelcenter.enrollment.entity.EnrollmentStatus;

/**
 * Test-only: calls staff boundary methods directly as whoever is signed in (its address needs a signed-in
 * user, not staff), to show that the EJBs refuse non-staff callers by themselves, whatever the pages allow.
 * Answers a {@link ProbeAnswer} with the outcome refused or allowed.
 */
@WebServlet("/it-probe/staff-boundary")
public class StaffBoundaryProbeServlet extends HttpServlet {

    @EJB
    AuditLog auditLog;

    @EJB
    EnrollmentReviews reviews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            auditLog.count(null);
            reviews.count(EnrollmentStatus.IN_REVIEW, null);
            answer = "allowed";
        } catch (EJBAccessException refused) {
            answer = "refused";
        }
        JsonAnswers.write(response, new ProbeAnswer(answer, "", Map.of()));
    }
}
