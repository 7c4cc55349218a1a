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
import java.util.List;
import java.util.Locale;
import org.channelcenter.customer.boundary.AcceptedInvitation;
import org.channelcenter.customer.boundary.CustomerDetails;
import org.channelcenter.customer.boundary.CustomerInvitationRow;
import org.channelcenter.customer.boundary.CustomerInvitationView;
import org.channelcenter.customer.boundary.CustomerInvitations;
import org.channelcenter.customer.boundary.CustomerPartners;
import org.channelcenter.customer.boundary.Customers;
import org.channelcenter.customer.boundary.NewCustomerInvitation;
import org.channelcenter.customer.boundary.RelationshipRow;
import org.channelcenter.customer.entity.CustomerRefusedException;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.DomainException;

/**
 * Test-only: signs in as the given user for this one request (through the portal's own authentication
 * mechanism) and calls a customer boundary method as them, so tests show what the EJBs themselves allow,
 * without a browser. POST /public/it-probe/customers with {@code login, password, op} and the op's arguments
 * (no login: an anonymous caller, as on the public acceptance page); answers {@code result=ok|refused|denied},
 * the refusal {@code reason}, and the op's values.
 */
@WebServlet("/public/it-probe/customers")
public class CustomerProbeServlet extends HttpServlet {

    @Inject
    SecurityContext securityContext;

    @EJB
    CustomerInvitations invitations;

    @EJB
    Customers customers;

    @EJB
    CustomerPartners partners;

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
                case "invite" -> {
                    String provider = request.getParameter("provider");
                    InvitationDraft draft = invitations.invite(new NewCustomerInvitation(request.getParameter("email"),
                            null, Locale.ENGLISH, provider == null || provider.isBlank() ? null : Long.valueOf(provider)));
                    out.println("id=" + draft.invitationId());
                    out.println("token=" + draft.link().substring(draft.link().indexOf("token=") + 6));
                }
                case "invitationVersion" -> {
                    long id = Long.parseLong(request.getParameter("id"));
                    List<CustomerInvitationRow> rows = invitations.find(PageRequest.of(0, PageRequest.MAX_SIZE));
                    out.println("version=" + rows.stream().filter(row -> row.id() == id).findFirst().orElseThrow()
                            .version());
                }
                case "revoke" -> invitations.revoke(Long.parseLong(request.getParameter("id")),
                        Long.parseLong(request.getParameter("version")));
                case "view" -> {
                    CustomerInvitationView view = invitations.invitation(request.getParameter("token"));
                    out.println("reseller=" + view.resellerName());
                    out.println("provider=" + (view.providerName() == null ? "" : view.providerName()));
                }
                case "accept" -> {
                    AcceptedInvitation accepted = invitations.acceptAsDirectoryAdmin(request.getParameter("token"),
                            request.getParameter("signInName"), request.getParameter("signInPassword"),
                            Boolean.parseBoolean(request.getParameter("consent")), request.getRemoteAddr());
                    out.println("partners=" + String.join(",", accepted.partnerNames()));
                }
                case "customer" -> {
                    CustomerDetails customer = customers.customer(Long.parseLong(request.getParameter("id")));
                    out.println("name=" + customer.name());
                    out.println("relationships=" + customer.relationships().size());
                }
                case "partnersCount" -> out.println("count="
                        + partners.count(request.getParameter("filter"), Boolean.parseBoolean(request.getParameter("withRemoved"))));
                case "partners" -> {
                    List<RelationshipRow> rows = partners.find(new PageRequest(0, 50, null, true,
                            request.getParameter("filter")), Boolean.parseBoolean(request.getParameter("withRemoved")));
                    out.println("rows=" + rows.size());
                    for (int i = 0; i < rows.size(); i++) {
                        RelationshipRow row = rows.get(i);
                        out.println("row." + i + "=" + row.id() + "|" + row.partnerKind() + "|" + row.status() + "|"
                                + row.version() + "|" + (row.removedBy() == null ? "" : row.removedBy()));
                    }
                }
                case "remove" -> {
                    RelationshipRow removed = partners.remove(Long.parseLong(request.getParameter("id")),
                            Long.parseLong(request.getParameter("version")));
                    out.println("status=" + removed.status());
                    out.println("version=" + removed.version());
                }
                default -> throw new IllegalArgumentException("unknown op");
            }
            out.println("result=ok");
        } catch (CustomerRefusedException refused) {
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
