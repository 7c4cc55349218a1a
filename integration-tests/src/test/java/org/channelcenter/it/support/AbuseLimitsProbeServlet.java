package org.channelcenter.it.support;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.channelcenter.enrollment.boundary.ApplicationView;
import org.channelcenter.enrollment.boundary.Enrollments;
import org.channelcenter.enrollment.entity.BusinessProfile;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.DailyInvitationMails;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.partnership.boundary.PartnershipInvitations;

/**
 * Test-only: the abuse limits' boundary calls as a signed-in user (issue 15, point 7). POST
 * /public/it-probe/abuse-limits with {@code login, password, op}: {@code send} (a provider invites {@code email} to
 * partner and has the platform send the draft as drafted; answers the invitation's {@code id}), {@code resend}
 * ({@code id}, {@code version}), {@code resendVerification} (the applicant's status page), {@code resubmit} (the
 * applicant answers a request for information with its profile, the primary contact's address changed to
 * {@code contactEmail} when given; answers the new {@code status}), {@code spendInvitationMails} (spends what is left
 * of the caller's organization's invitation mails of the day, so that a browser test sees the limit; answers how
 * many it {@code spent}).
 */
@WebServlet("/public/it-probe/abuse-limits")
public class AbuseLimitsProbeServlet extends SignedInProbe {

    @EJB
    PartnershipInvitations invitations;

    @EJB
    Enrollments enrollments;

    @Inject
    DailyInvitationMails invitationMails;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    UserTransaction transaction;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) throws Exception {
        switch (op) {
            case "send" -> {
                InvitationDraft draft =
                        invitations.invite(new InvitationLetter(request.getParameter("email"), null, Locale.ENGLISH));
                values.put("id", String.valueOf(draft.invitationId()));
                invitations.send(draft.invitationId(), draft.subject(), draft.body());
            }
            case "resend" -> invitations.resend(
                    Long.parseLong(request.getParameter("id")), Long.parseLong(request.getParameter("version")));
            case "resendVerification" -> enrollments.resendVerification();
            case "resubmit" -> {
                BusinessProfile profile =
                        enrollments.myApplication().orElseThrow().profile();
                String contactEmail = request.getParameter("contactEmail");
                if (contactEmail != null) {
                    profile.setContactEmail(contactEmail);
                }
                enrollments.resubmit(profile);
                ApplicationView application = enrollments.myApplication().orElseThrow();
                values.put("status", application.status().name());
            }
            case "spendInvitationMails" -> {
                Caller caller = currentCaller.require();
                int spent = Transactions.inTransaction(transaction, () -> {
                    int mails = 0;
                    while (invitationMails.spend(caller.organizationId(), Instant.now())) {
                        mails++;
                    }
                    return mails;
                });
                values.put("spent", String.valueOf(spent));
            }
            default -> throw new IllegalArgumentException("unknown op");
        }
    }
}
