package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Test-only: how many rows the business tables hold, whole (POST /public/it-fixtures/row-counts). The fuzz suite
 * compares them before and after, against the inputs the pages accepted: a refused input writes nothing.
 */
@WebServlet("/public/it-fixtures/row-counts")
public class RowCountsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Tables a page's form writes to (audit events and sign-in failures are written by refusals, on purpose). */
    static final List<String> TABLES = List.of(
            "organization",
            "app_user",
            "password_setup",
            "customer_invitation",
            "partnership_invitation",
            "partnership",
            "customer_relationship",
            "customer_order",
            "order_line",
            "subscription",
            "subscription_change",
            "enrollment_application",
            "contact_verification",
            "offer");

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Database database = new Database(dataSource);
        Map<String, Long> counts = new TreeMap<>();
        try {
            for (String table : TABLES) {
                counts.put(table, database.count("SELECT COUNT(*) FROM " + table));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        JsonAnswers.write(response, counts);
    }
}
