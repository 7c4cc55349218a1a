package org.channelcenter.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.kernel.entity.Role;

/**
 * Test-only: builds a {@link SampleNetwork} in one transaction. POST /public/it-fixtures/sample-network with
 * {@code password, providerUsers, resellerUsers, customerUsers} (extra helpdesk agents); answers the
 * {@link SampleNetwork} as JSON.
 */
@WebServlet("/" + SampleNetwork.PATH)
public class SampleNetworkFixtureServlet extends HttpServlet {

    private static final Set<Role> PARTNER_ROLES = EnumSet.of(Role.GLOBAL_ADMIN, Role.ADMIN_AGENT);
    private static final Set<Role> CUSTOMER_ROLES = EnumSet.of(Role.GLOBAL_ADMIN);

    @Inject
    SampleData samples;

    @Inject
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String password = request.getParameter("password");
        try {
            SampleNetwork network = Transactions.inTransaction(transaction, () -> {
                Fixtures.Created provider = FixtureServlet.organization(
                        samples, "PROVIDER", PARTNER_ROLES, password, count(request, "providerUsers"));
                Fixtures.Created reseller = FixtureServlet.organization(
                        samples, "RESELLER", PARTNER_ROLES, password, count(request, "resellerUsers"));
                Fixtures.Created customer = FixtureServlet.organization(
                        samples, "CUSTOMER", CUSTOMER_ROLES, password, count(request, "customerUsers"));
                Organization providerOrganization = samples.organization(provider.organizationId());
                Organization resellerOrganization = samples.organization(reseller.organizationId());
                Organization customerOrganization = samples.organization(customer.organizationId());
                long partnership = samples.partnership(providerOrganization, resellerOrganization, "it-fixture")
                        .getId();
                long withReseller = samples.relationship(
                                customerOrganization, resellerOrganization, resellerOrganization, "it-fixture")
                        .getId();
                long withProvider = samples.relationship(
                                customerOrganization, providerOrganization, resellerOrganization, "it-fixture")
                        .getId();
                return new SampleNetwork(provider, reseller, customer, partnership, withReseller, withProvider);
            });
            JsonAnswers.write(response, network);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static int count(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? 0 : Integer.parseInt(value);
    }
}
