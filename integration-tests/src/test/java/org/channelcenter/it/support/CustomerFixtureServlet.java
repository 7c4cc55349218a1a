package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.control.UserAccountRepository;
import org.channelcenter.kernel.control.SecureToken;

/**
 * Test-only: customer data for tests that run outside the server, through {@link SampleData}.
 * POST /public/it-fixtures/customers:
 * <ul>
 * <li>{@code op=invite&inviter=<login>&provider=<orgId or empty>&email=..&daysAgo=N}: a pending customer
 * invitation sent N days ago (31: expired); answers a {@link Fixtures.Invitation}</li>
 * <li>{@code op=relate&customer=<orgId>&partner=<orgId>&reseller=<orgId>}: an active relationship; answers
 * its {@link Fixtures.Id}</li>
 * <li>{@code op=count&customer=..&partner=..&reseller=..}: {@link Fixtures.ActiveAndTotal} relationships of the
 * customer with that partner, of that reseller of record</li>
 * <li>{@code op=relationships&customer=..}: the {@link Fixtures.Count} of relationships of the customer, any partner</li>
 * <li>{@code op=invitation&id=..}: the stored {@link Fixtures.Status} of the invitation</li>
 * <li>{@code op=invitations&reseller=..}: how many customer invitations the reseller has ({@link Fixtures.Count})</li>
 * <li>{@code op=audit&action=..&target=..[&details=..]}: how many audit events of that action name that target
 * (with exactly those details, if given; {@link Fixtures.Count})</li>
 * </ul>
 */
@WebServlet("/public/it-fixtures/customers")
public class CustomerFixtureServlet extends HttpServlet {

    @Inject
    SampleData samples;

    @Inject
    UserAccountRepository users;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Database database = new Database(dataSource);
        try {
            Object answer =
                    switch (request.getParameter("op")) {
                        case "invite" -> {
                            SecureToken token = SecureToken.generate();
                            int daysAgo = Integer.parseInt(request.getParameter("daysAgo"));
                            String provider = request.getParameter("provider");
                            long id = Transactions.inTransaction(transaction, () -> samples.customerInvitation(
                                            users.byLoginName(request.getParameter("inviter"))
                                                    .orElseThrow(),
                                            provider == null || provider.isBlank()
                                                    ? null
                                                    : samples.organization(Long.parseLong(provider)),
                                            request.getParameter("email"),
                                            token.hash(),
                                            Instant.now().minus(Duration.ofDays(daysAgo)))
                                    .getId());
                            yield new Fixtures.Invitation(id, token.value());
                        }
                        case "relate" -> {
                            long id = Transactions.inTransaction(transaction, () -> samples.relationship(
                                            samples.organization(Long.parseLong(request.getParameter("customer"))),
                                            samples.organization(Long.parseLong(request.getParameter("partner"))),
                                            samples.organization(Long.parseLong(request.getParameter("reseller"))),
                                            "it-fixture")
                                    .getId());
                            yield new Fixtures.Id(id);
                        }
                        case "count" -> {
                            Object customer = Long.parseLong(request.getParameter("customer"));
                            Object partner = Long.parseLong(request.getParameter("partner"));
                            Object reseller = Long.parseLong(request.getParameter("reseller"));
                            String pair =
                                    "select count(*) from customer_relationship where customer_id = ? and partner_id = ?"
                                            + " and reseller_id = ?";
                            yield new Fixtures.ActiveAndTotal(
                                    database.count(pair + " and status = 'ACTIVE'", customer, partner, reseller),
                                    database.count(pair, customer, partner, reseller));
                        }
                        case "relationships" -> new Fixtures.Count(database.count(
                                "select count(*) from customer_relationship where customer_id = ?",
                                Long.parseLong(request.getParameter("customer"))));
                        case "invitation" -> new Fixtures.Status(database.strings(
                                        "select status from customer_invitation where id = ?",
                                        Long.parseLong(request.getParameter("id")))
                                .get(0));
                        case "invitations" -> new Fixtures.Count(database.count(
                                "select count(*) from customer_invitation where reseller_id = ?",
                                Long.parseLong(request.getParameter("reseller"))));
                        case "invitationsTo" -> new Fixtures.Count(database.count(
                                "select count(*) from customer_invitation where recipient_email = ?",
                                request.getParameter("email")));
                        case "audit" -> {
                            String details = request.getParameter("details");
                            yield new Fixtures.Count(
                                    details == null
                                            ? database.count(
                                                    "select count(*) from audit_event where action = ? and target = ?",
                                                    request.getParameter("action"),
                                                    request.getParameter("target"))
                                            : database.count(
                                                    "select count(*) from audit_event where action = ? and target = ?"
                                                            + " and details = ?",
                                                    request.getParameter("action"),
                                                    request.getParameter("target"),
                                                    details));
                        }
                        default -> throw new IllegalArgumentException("unknown op");
                    };
            JsonAnswers.write(response, answer);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
