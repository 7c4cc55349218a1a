package org.channelcenter.it.support;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.partnership.boundary.PartnershipInvitations;
import org.channelcenter.partnership.boundary.PartnershipRow;
import org.channelcenter.partnership.boundary.Partnerships;
import org.channelcenter.partnership.boundary.ProviderInvitationView;

/**
 * Test-only: signs in as the given user for this one request (through the portal's own authentication
 * mechanism) and calls a partnership boundary method as them, so tests show what the EJBs themselves allow,
 * without a browser. POST /public/it-probe/partnerships with {@code login, password, op} and the op's
 * arguments; answers a {@link ProbeAnswer}: ok, refused or denied, the refusal {@code reason}, and the op's values.
 */
@WebServlet("/public/it-probe/partnerships")
public class PartnershipProbeServlet extends SignedInProbe {

    @EJB
    PartnershipInvitations invitations;

    @EJB
    Partnerships partnerships;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) {
        switch (op) {
            case "view" -> {
                ProviderInvitationView view = invitations.invitation(request.getParameter("token"));
                values.put("provider", String.valueOf(view.providerName()));
                values.put("mayAuthorize", String.valueOf(view.callerMayAuthorize()));
            }
            case "accept" -> {
                PartnershipRow row = invitations.accept(
                        request.getParameter("token"), Boolean.parseBoolean(request.getParameter("consent")));
                values.put("id", String.valueOf(row.id()));
            }
            case "invite" -> {
                InvitationDraft draft =
                        invitations.invite(new InvitationLetter(request.getParameter("email"), null, Locale.ENGLISH));
                values.put("id", String.valueOf(draft.invitationId()));
                values.put("link", String.valueOf(draft.link()));
            }
            case "partnership" -> {
                PartnershipRow row = partnerships.partnership(Long.parseLong(request.getParameter("id")));
                values.put("partner", String.valueOf(row.partnerName()));
                values.put("version", String.valueOf(row.version()));
            }
            case "end" -> partnerships.end(
                    Long.parseLong(request.getParameter("id")),
                    Long.parseLong(request.getParameter("version")),
                    request.getParameter("reason"));
            case "revoke" -> invitations.revoke(
                    Long.parseLong(request.getParameter("id")), Long.parseLong(request.getParameter("version")));
            case "count" -> values.put("count", String.valueOf(partnerships.count(null, true)));
            default -> throw new IllegalArgumentException("unknown op");
        }
    }
}
