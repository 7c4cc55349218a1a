package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Test-only: what a copy of the database holds of the newest mail to a recipient, read with plain JDBC as anyone
 * with a backup would read it: every column of its outbox row as text (whatever columns the schema has), and the
 * hashes of the set-password links of the users with that address, so a test can tell a live token when it sees
 * one. POST /public/it-fixtures/stored-mail with {@code recipient}; the columns are empty when there is no mail.
 */
@WebServlet("/public/it-fixtures/stored-mail")
public class StoredMailFixtureServlet extends HttpServlet {

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String recipient = request.getParameter("recipient");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select * from outbox_message where recipient = ? order by id desc")) {
            select.setString(1, recipient);
            Map<String, String> columns = new TreeMap<>();
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    ResultSetMetaData meta = row.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String value = row.getString(i);
                        columns.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), value == null ? "" : value);
                    }
                }
            }
            List<String> hashes = new Database(dataSource)
                    .strings(
                            "select s.token_hash from password_setup s join app_user u on u.id = s.user_id"
                                    + " where u.email = ?",
                            recipient);
            JsonAnswers.write(response, new StoredMail(columns, hashes));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** The row's columns by lower-case name, and the users' set-password token hashes (hex SHA-256). */
    public record StoredMail(Map<String, String> columns, List<String> tokenHashes) {}
}
