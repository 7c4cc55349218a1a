package org.channelcenter.it.support;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelcenter.customer.boundary.AcceptedInvitation;
import org.channelcenter.customer.boundary.CustomerDetails;
import org.channelcenter.customer.boundary.CustomerInvitationRow;
import org.channelcenter.customer.boundary.CustomerInvitationView;
import org.channelcenter.customer.boundary.CustomerInvitations;
import org.channelcenter.customer.boundary.CustomerPartners;
import org.channelcenter.customer.boundary.Customers;
import org.channelcenter.customer.boundary.NewCustomerInvitation;
import org.channelcenter.customer.boundary.RelationshipRow;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.InvitationLetter;

/**
 * Test-only: signs in as the given user for this one request (through the portal's own authentication
 * mechanism) and calls a customer boundary method as them, so tests show what the EJBs themselves allow,
 * without a browser. POST /public/it-probe/customers with {@code login, password, op} and the op's arguments
 * (no login: an anonymous caller, as on the public acceptance page); answers a {@link ProbeAnswer}: ok, refused or denied,
 * the refusal {@code reason}, and the op's values.
 */
@WebServlet("/public/it-probe/customers")
public class CustomerProbeServlet extends SignedInProbe {

    @EJB
    CustomerInvitations invitations;

    @EJB
    Customers customers;

    @EJB
    CustomerPartners partners;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) {
        switch (op) {
            case "invite" -> {
                String provider = request.getParameter("provider");
                InvitationDraft draft = invitations.invite(new NewCustomerInvitation(
                        new InvitationLetter(request.getParameter("email"), null, Locale.ENGLISH),
                        provider == null || provider.isBlank() ? null : Long.valueOf(provider)));
                values.put("id", String.valueOf(draft.invitationId()));
                values.put(
                        "token",
                        String.valueOf(draft.link().substring(draft.link().indexOf("token=") + 6)));
            }
            case "invitationVersion" -> {
                long id = Long.parseLong(request.getParameter("id"));
                List<CustomerInvitationRow> rows = invitations.find(PageRequest.of(0, PageRequest.MAX_SIZE));
                values.put(
                        "version",
                        String.valueOf(rows.stream()
                                .filter(row -> row.id() == id)
                                .findFirst()
                                .orElseThrow()
                                .version()));
            }
            case "revoke" -> invitations.revoke(
                    Long.parseLong(request.getParameter("id")), Long.parseLong(request.getParameter("version")));
            case "view" -> {
                CustomerInvitationView view = invitations.invitation(request.getParameter("token"));
                values.put("reseller", String.valueOf(view.resellerName()));
                values.put("provider", String.valueOf((view.providerName() == null ? "" : view.providerName())));
            }
            case "accept" -> {
                AcceptedInvitation accepted = invitations.acceptAsDirectoryAdmin(
                        request.getParameter("token"),
                        request.getParameter("signInName"),
                        request.getParameter("signInPassword"),
                        Boolean.parseBoolean(request.getParameter("consent")),
                        request.getRemoteAddr());
                values.put("partners", String.join(",", accepted.partnerNames()));
            }
            case "customer" -> {
                CustomerDetails customer = customers.customer(Long.parseLong(request.getParameter("id")));
                values.put("name", String.valueOf(customer.name()));
                values.put(
                        "relationships", String.valueOf(customer.relationships().size()));
            }
            case "partnersCount" -> values.put(
                    "count",
                    String.valueOf(partners.count(
                            request.getParameter("filter"),
                            Boolean.parseBoolean(request.getParameter("withRemoved")))));
            case "partners" -> {
                List<RelationshipRow> rows = partners.find(
                        new PageRequest(0, 50, null, true, request.getParameter("filter")),
                        Boolean.parseBoolean(request.getParameter("withRemoved")));
                values.put("rows", String.valueOf(rows.size()));
                for (int i = 0; i < rows.size(); i++) {
                    RelationshipRow row = rows.get(i);
                    values.put(
                            "row." + i,
                            row.id() + "|" + row.partnerKind() + "|" + row.status() + "|" + row.version() + "|"
                                    + (row.removedBy() == null ? "" : row.removedBy()));
                    // each column also by name, so a client reads a row without splitting it
                    values.put("row." + i + ".id", String.valueOf(row.id()));
                    values.put("row." + i + ".kind", String.valueOf(row.partnerKind()));
                    values.put("row." + i + ".version", String.valueOf(row.version()));
                }
            }
            case "remove" -> {
                RelationshipRow removed = partners.remove(
                        Long.parseLong(request.getParameter("id")), Long.parseLong(request.getParameter("version")));
                values.put("status", String.valueOf(removed.status()));
                values.put("version", String.valueOf(removed.version()));
            }
            default -> throw new IllegalArgumentException("unknown op");
        }
    }
}
