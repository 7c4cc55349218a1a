package org.channelcenter.web.kernel;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Pages that moved to their component's folder answer their old address with a permanent redirect to the new one,
 * query string kept: links in mails sent before the move (an invitation's link lives 30 days) and bookmarks still
 * work.
 */
@WebFilter(
        urlPatterns = {
            "/account/users.xhtml",
            "/account/audit.xhtml",
            "/customers/customers.xhtml",
            "/customers/customer.xhtml",
            "/customers/invitations.xhtml",
            "/customers/invite.xhtml",
            "/customers/order.xhtml",
            "/orders/orders.xhtml",
            "/partners/authorize-provider.xhtml",
            "/partners/find-provider.xhtml",
            "/partners/invite-reseller.xhtml",
            "/partners/providers.xhtml",
            "/partners/resellers.xhtml",
            "/partners/shared-customers.xhtml",
            "/staff/providers.xhtml"
        })
public class MovedPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> MOVED = Map.ofEntries(
            Map.entry("/account/users.xhtml", "/directory/users.xhtml"),
            Map.entry("/account/audit.xhtml", "/audit/organization-audit-log.xhtml"),
            Map.entry("/customers/customers.xhtml", "/customer/customers.xhtml"),
            Map.entry("/customers/customer.xhtml", "/customer/customer.xhtml"),
            Map.entry("/customers/invitations.xhtml", "/customer/invitations.xhtml"),
            Map.entry("/customers/invite.xhtml", "/customer/invite.xhtml"),
            Map.entry("/customers/order.xhtml", "/commerce/order.xhtml"),
            Map.entry("/orders/orders.xhtml", "/commerce/orders.xhtml"),
            Map.entry("/partners/authorize-provider.xhtml", "/partnership/authorize-provider.xhtml"),
            Map.entry("/partners/find-provider.xhtml", "/partnership/find-provider.xhtml"),
            Map.entry("/partners/invite-reseller.xhtml", "/partnership/invite-reseller.xhtml"),
            Map.entry("/partners/providers.xhtml", "/partnership/providers.xhtml"),
            Map.entry("/partners/resellers.xhtml", "/partnership/resellers.xhtml"),
            Map.entry("/partners/shared-customers.xhtml", "/partnership/shared-customers.xhtml"),
            Map.entry("/staff/providers.xhtml", "/staff/provider-listings.xhtml"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String moved = MOVED.get(request.getServletPath());
        if (moved == null) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + moved + (query == null ? "" : "?" + query));
    }
}
