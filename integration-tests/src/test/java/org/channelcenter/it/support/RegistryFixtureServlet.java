package org.channelcenter.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.security.SecureRandom;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.membership.entity.MembershipAccount;

/**
 * Test-only: a membership account with one organization profile, for enrollment tests.
 * POST /public/it-fixtures/registry?country=US&amp;active=true&amp;password=... answers
 * {@link Fixtures.Membership} as JSON.
 */
@WebServlet("/public/it-fixtures/registry")
public class RegistryFixtureServlet extends HttpServlet {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SampleData samples;

    @Inject
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String userName = "mpn-" + Long.toString(Math.abs(RANDOM.nextLong()), 36);
        String networkId = Long.toString(1_000_000_000L + Math.floorMod(RANDOM.nextLong(), 8_999_999_999L));
        try {
            Transactions.inTransaction(transaction, () -> {
                MembershipAccount account = samples.membershipAccount(userName, request.getParameter("password"));
                samples.profile(
                        account,
                        networkId,
                        "Legal " + userName + " Ltd.",
                        request.getParameter("country"),
                        Boolean.parseBoolean(request.getParameter("active")));
                return null;
            });
        } catch (Exception e) {
            throw new IOException(e);
        }
        JsonAnswers.write(response, new Fixtures.Membership(userName, networkId));
    }
}
