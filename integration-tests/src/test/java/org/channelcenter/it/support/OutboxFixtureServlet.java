package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Test-only: the newest queued mail to a recipient (subject, blank line, body), so a browser test can
 * follow a link the application mailed without depending on SMTP delivery. 404 when there is none.
 * GET /public/it-fixtures/outbox?recipient=...&amp;template=...
 */
@WebServlet("/public/it-fixtures/outbox")
public class OutboxFixtureServlet extends HttpServlet {

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            List<String> mails = new Database(dataSource)
                    .strings(
                            "select subject || '\n\n' || cast(body as varchar(32000)) from outbox_message"
                                    + " where recipient = ? and template = ? order by id desc",
                            request.getParameter("recipient"),
                            request.getParameter("template"));
            if (mails.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(mails.get(0));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
