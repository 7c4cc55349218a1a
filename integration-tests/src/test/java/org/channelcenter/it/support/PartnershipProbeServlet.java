package org.channelcenter.it.support;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.partnership.boundary.NewPartnershipInvitation;
import org.channelcenter.partnership.boundary.PartnershipInvitations;
import org.channelcenter.partnership.boundary.PartnershipRow;
import org.channelcenter.partnership.boundary.Partnerships;
import org.channelcenter.partnership.boundary.ProviderInvitationView;
import org.channelcenter.partnership.entity.PartnershipRefusedException;

/**
 * Test-only: signs in as the given user for this one request (through the portal's own authentication
 * mechanism) and calls a partnership boundary method as them, so tests show what the EJBs themselves allow,
 * without a browser. POST /public/it-probe/partnerships with {@code login, password, op} and the op's
 * arguments; answers {@code result=ok|refused|denied}, the refusal {@code reason}, and the op's values.
 */
@WebServlet("/public/it-probe/partnerships")
public class PartnershipProbeServlet extends HttpServlet {

    @Inject
    SecurityContext securityContext;

    @EJB
    PartnershipInvitations invitations;

    @EJB
    Partnerships partnerships;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getParameter("login");
        if (login != null) {
            AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                    .credential(new UsernamePasswordCredential(login, request.getParameter("password")))
                    .newAuthentication(true));
            if (status != AuthenticationStatus.SUCCESS) {
                response.sendError(401, "sign-in failed: " + status);
                return;
            }
        }
        response.setStatus(200);
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        try {
            switch (request.getParameter("op")) {
                case "view" -> {
                    ProviderInvitationView view = invitations.invitation(request.getParameter("token"));
                    out.println("provider=" + view.providerName());
                    out.println("mayAuthorize=" + view.callerMayAuthorize());
                }
                case "accept" -> {
                    PartnershipRow row = invitations.accept(request.getParameter("token"),
                            Boolean.parseBoolean(request.getParameter("consent")));
                    out.println("id=" + row.id());
                }
                case "invite" -> {
                    InvitationDraft draft = invitations.invite(new NewPartnershipInvitation(
                            request.getParameter("email"), null, Locale.ENGLISH));
                    out.println("id=" + draft.invitationId());
                    out.println("link=" + draft.link());
                }
                case "partnership" -> {
                    PartnershipRow row = partnerships.partnership(Long.parseLong(request.getParameter("id")));
                    out.println("partner=" + row.partnerName());
                    out.println("version=" + row.version());
                }
                case "end" -> partnerships.end(Long.parseLong(request.getParameter("id")),
                        Long.parseLong(request.getParameter("version")), request.getParameter("reason"));
                case "revoke" -> invitations.revoke(Long.parseLong(request.getParameter("id")),
                        Long.parseLong(request.getParameter("version")));
                case "count" -> out.println("count=" + partnerships.count(null, true));
                default -> throw new IllegalArgumentException("unknown op");
            }
            out.println("result=ok");
        } catch (PartnershipRefusedException refused) {
            out.println("result=refused");
            out.println("reason=" + refused.reason());
        } catch (DomainException refused) {
            out.println("result=refused");
            out.println("reason=" + refused.getClass().getSimpleName());
        } catch (EJBAccessException denied) {
            out.println("result=denied");
        }
    }
}
