package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.PrintWriter;
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
 * answers {@code id} and {@code token}</li>
 * <li>{@code op=partner&provider=<orgId>&reseller=<orgId>}: an active partnership; answers {@code id}</li>
 * <li>{@code op=count&provider=..&reseller=..}: {@code active} and {@code total} partnerships of the pair</li>
 * <li>{@code op=audit&action=..&target=..}: how many audit events of that action name that target</li>
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
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        try {
            switch (request.getParameter("op")) {
                case "invite" -> {
                    SecureToken token = SecureToken.generate();
                    int daysAgo = Integer.parseInt(request.getParameter("daysAgo"));
                    long id = Transactions.inTransaction(transaction, () -> samples.partnershipInvitation(
                            users.byLoginName(request.getParameter("inviter")).orElseThrow(),
                            request.getParameter("email"), token.hash(),
                            Instant.now().minus(Duration.ofDays(daysAgo))).getId());
                    out.println("id=" + id);
                    out.println("token=" + token.value());
                }
                case "partner" -> {
                    long id = Transactions.inTransaction(transaction, () -> samples.partnership(
                            samples.organization(Long.parseLong(request.getParameter("provider"))),
                            samples.organization(Long.parseLong(request.getParameter("reseller"))),
                            "it-fixture").getId());
                    out.println("id=" + id);
                }
                case "count" -> {
                    Database database = new Database(dataSource);
                    Object provider = Long.parseLong(request.getParameter("provider"));
                    Object reseller = Long.parseLong(request.getParameter("reseller"));
                    out.println("active=" + database.count("select count(*) from partnership where provider_id = ?"
                            + " and reseller_id = ? and status = 'ACTIVE'", provider, reseller));
                    out.println("total=" + database.count("select count(*) from partnership where provider_id = ?"
                            + " and reseller_id = ?", provider, reseller));
                }
                case "audit" -> out.println("count=" + new Database(dataSource).count(
                        "select count(*) from audit_event where action = ? and target = ?",
                        request.getParameter("action"), request.getParameter("target")));
                default -> response.sendError(400);
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
