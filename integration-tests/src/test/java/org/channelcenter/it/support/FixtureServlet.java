package org.channelcenter.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.OrganizationBuilder;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.directory.entity.UserAccountBuilder;
import org.channelcenter.kernel.entity.Role;

/**
 * Test-only: lets a browser test (which runs outside the server) create its own organization and users
 * through the same builders the demo data uses. Exists only in test deployments, never in the EAR.
 *
 * <p>POST /public/it-fixtures?kind=RESELLER&amp;roles=GLOBAL_ADMIN,ADMIN_AGENT&amp;password=...&amp;extraUsers=2
 * answers {@link Fixtures.Created} as JSON: the first user's sign-in name and the organization's id.
 */
@WebServlet("/public/it-fixtures")
public class FixtureServlet extends HttpServlet {

    @Inject
    SampleData samples;

    @Inject
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getParameter("kind");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(request.getParameter("roles").split(","))
                .map(Role::valueOf)
                .forEach(roles::add);
        String password = request.getParameter("password");
        int extraUsers =
                Integer.parseInt(request.getParameter("extraUsers") == null ? "0" : request.getParameter("extraUsers"));
        try {
            Fixtures.Created created = Transactions.inTransaction(
                    transaction, () -> organization(samples, kind, roles, password, extraUsers));
            JsonAnswers.write(response, created);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /**
     * An organization of that kind ("Browser Test KIND") whose first user, {@code admin@...}, has these roles, and
     * {@code extraUsers} helpdesk agents {@code user1@...}, {@code user2@...}; all with that password. Call it in a
     * transaction.
     */
    static Fixtures.Created organization(
            SampleData samples, String kind, Set<Role> roles, String password, int extraUsers) {
        Organization organization = samples.organization(builderFor(kind).named("Browser Test " + kind));
        Role[] more = roles.stream().skip(1).toArray(Role[]::new);
        UserAccount first = samples.user(
                organization,
                UserAccountBuilder.user("admin")
                        .roles(roles.iterator().next(), more)
                        .password(password));
        for (int i = 1; i <= extraUsers; i++) {
            samples.user(
                    organization,
                    UserAccountBuilder.user("user" + i)
                            .roles(Role.HELPDESK_AGENT)
                            .password(password));
        }
        return new Fixtures.Created(first.getLoginName(), organization.getId());
    }

    private static OrganizationBuilder builderFor(String kind) {
        return switch (kind) {
            case "OPERATOR" -> OrganizationBuilder.operator();
            case "PROVIDER" -> OrganizationBuilder.provider();
            case "CUSTOMER" -> OrganizationBuilder.customer();
            default -> OrganizationBuilder.reseller();
        };
    }
}
