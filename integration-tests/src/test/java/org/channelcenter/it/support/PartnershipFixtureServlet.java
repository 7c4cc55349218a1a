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
 * Test-only: partnership data for tests that run outside the server. POST /public/it-fixtures/partnerships:
 * <ul>
 * <li>{@code op=invite&inviter=<login>&email=..&daysAgo=N}: a pending invitation sent N days ago (31: expired);
 * answers a {@link Fixtures.Invitation}</li>
 * <li>{@code op=partner&provider=<orgId>&reseller=<orgId>}: an active partnership; answers its {@link Fixtures.Id}</li>
 * <li>{@code op=count&provider=..&reseller=..}: {@link Fixtures.ActiveAndTotal} partnerships of the pair</li>
 * <li>{@code op=audit&action=..&target=..}: how many audit events of that action name that target ({@link Fixtures.Count})</li>
 * </ul>
 */
@WebServlet("/public/it-fixtures/partnerships")
public class PartnershipFixtureServlet extends HttpServlet {

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
        try {
            Object answer =
                    switch (request.getParameter("op")) {
                        case "invite" -> {
                            SecureToken token = SecureToken.generate();
                            int daysAgo = Integer.parseInt(request.getParameter("daysAgo"));
                            long id = Transactions.inTransaction(transaction, () -> samples.partnershipInvitation(
                                            users.byLoginName(request.getParameter("inviter"))
                                                    .orElseThrow(),
                                            request.getParameter("email"),
                                            token.hash(),
                                            Instant.now().minus(Duration.ofDays(daysAgo)))
                                    .getId());
                            yield new Fixtures.Invitation(id, token.value());
                        }
                        case "partner" -> {
                            long id = Transactions.inTransaction(transaction, () -> samples.partnership(
                                            samples.organization(Long.parseLong(request.getParameter("provider"))),
                                            samples.organization(Long.parseLong(request.getParameter("reseller"))),
                                            "it-fixture")
                                    .getId());
                            yield new Fixtures.Id(id);
                        }
                        case "count" -> {
                            Database database = new Database(dataSource);
                            Object provider = Long.parseLong(request.getParameter("provider"));
                            Object reseller = Long.parseLong(request.getParameter("reseller"));
                            yield new Fixtures.ActiveAndTotal(
                                    database.count(
                                            "select count(*) from partnership where provider_id = ?"
                                                    + " and reseller_id = ? and status = 'ACTIVE'",
                                            provider,
                                            reseller),
                                    database.count(
                                            "select count(*) from partnership where provider_id = ?"
                                                    + " and reseller_id = ?",
                                            provider,
                                            reseller));
                        }
                        case "invitationsTo" -> new Fixtures.Count(new Database(dataSource)
                                .count(
                                        "select count(*) from partnership_invitation where recipient_email = ?",
                                        request.getParameter("email")));
                        case "audit" -> new Fixtures.Count(new Database(dataSource)
                                .count(
                                        "select count(*) from audit_event where action = ? and target = ?",
                                        request.getParameter("action"),
                                        request.getParameter("target")));
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
