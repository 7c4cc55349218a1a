package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;

/**
 * Test-only: what license assignments left in the database, read with SQL so that tests see the rows and not
 * what a boundary chooses to show. POST /public/it-fixtures/licenses:
 * <ul>
 * <li>{@code op=seats&subscription=..}: the subscription's {@link Licensing.Seats}</li>
 * <li>{@code op=user&login=..}: the user's {@link Fixtures.Id}</li>
 * </ul>
 */
@WebServlet("/public/it-fixtures/licenses")
public class LicenseFixtureServlet extends HttpServlet {

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Database database = new Database(dataSource);
        try {
            Object answer =
                    switch (request.getParameter("op")) {
                        case "seats" -> {
                            long subscription = Long.parseLong(request.getParameter("subscription"));
                            yield new Licensing.Seats(
                                    database.count("select assigned from subscription where id = ?", subscription),
                                    database.count("select quantity from subscription where id = ?", subscription),
                                    database.count(
                                            "select count(*) from license_assignment where subscription_id = ?"
                                                    + " and active_key is not null",
                                            subscription));
                        }
                        case "user" -> new Fixtures.Id(database.count(
                                "select id from app_user where login_name = ?", request.getParameter("login")));
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
