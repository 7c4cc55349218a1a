package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import javax.sql.DataSource;

/**
 * Test-only: what license assignments left in the database, read with SQL so that tests see the rows and not
 * what a boundary chooses to show. POST /public/it-fixtures/licenses:
 * <ul>
 * <li>{@code op=seats&subscription=..}: the subscription's {@code assigned} counter, its {@code quantity}, and
 * its {@code open} assignment rows</li>
 * <li>{@code op=user&login=..}: the user's {@code id}</li>
 * </ul>
 */
@WebServlet("/public/it-fixtures/licenses")
public class LicenseFixtureServlet extends HttpServlet {

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        Database database = new Database(dataSource);
        try {
            switch (request.getParameter("op")) {
                case "seats" -> {
                    long subscription = Long.parseLong(request.getParameter("subscription"));
                    out.println("assigned=" + database.count("select assigned from subscription where id = ?", subscription));
                    out.println("quantity=" + database.count("select quantity from subscription where id = ?", subscription));
                    out.println("open=" + database.count("select count(*) from license_assignment where subscription_id = ?"
                            + " and active_key is not null", subscription));
                }
                case "user" -> out.println("id=" + database.count("select id from app_user where login_name = ?",
                        request.getParameter("login")));
                default -> response.sendError(400);
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
