package org.channelcenter.it.support;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.PrintWriter;
import java.util.Locale;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.partnership.boundary.NewPartnershipInvitation;
import org.channelcenter.partnership.boundary.PartnershipInvitations;
import org.channelcenter.partnership.boundary.PartnershipRow;
import org.channelcenter.partnership.boundary.Partnerships;
import org.channelcenter.partnership.boundary.ProviderInvitationView;

/**
 * Test-only: signs in as the given user for this one request (through the portal's own authentication
 * mechanism) and calls a partnership boundary method as them, so tests show what the EJBs themselves allow,
 * without a browser. POST /public/it-probe/partnerships with {@code login, password, op} and the op's
 * arguments; answers {@code result=ok|refused|denied}, the refusal {@code reason}, and the op's values.
 */
@WebServlet("/public/it-probe/partnerships")
public class PartnershipProbeServlet extends SignedInProbe {

    @EJB
    PartnershipInvitations invitations;

    @EJB
    Partnerships partnerships;

    @Override
    protected void answer(String op, HttpServletRequest request, PrintWriter out) {
        switch (op) {
            case "view" -> {
                ProviderInvitationView view = invitations.invitation(request.getParameter("token"));
                out.println("provider=" + view.providerName());
                out.println("mayAuthorize=" + view.callerMayAuthorize());
            }
            case "accept" -> {
                PartnershipRow row = invitations.accept(
                        request.getParameter("token"), Boolean.parseBoolean(request.getParameter("consent")));
                out.println("id=" + row.id());
            }
            case "invite" -> {
                InvitationDraft draft = invitations.invite(
                        new NewPartnershipInvitation(request.getParameter("email"), null, Locale.ENGLISH));
                out.println("id=" + draft.invitationId());
                out.println("link=" + draft.link());
            }
            case "partnership" -> {
                PartnershipRow row = partnerships.partnership(Long.parseLong(request.getParameter("id")));
                out.println("partner=" + row.partnerName());
                out.println("version=" + row.version());
            }
            case "end" -> partnerships.end(
                    Long.parseLong(request.getParameter("id")),
                    Long.parseLong(request.getParameter("version")),
                    request.getParameter("reason"));
            case "revoke" -> invitations.revoke(
                    Long.parseLong(request.getParameter("id")), Long.parseLong(request.getParameter("version")));
            case "count" -> out.println("count=" + partnerships.count(null, true));
            default -> throw new IllegalArgumentException("unknown op");
        }
    }
}
