package org.channelcenter.it.security;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.channelcenter.it.support.JsonAnswers;
import org.channelcenter.it.support.ProbeAnswer;

/**
 * Test-only: the ids and versions of a victim network's rows, which {@link BoundaryMatrixIT} made through the
 * boundaries (organizations, partnership, relationship, order, customer user, license, invitations, listing). Staff-only
 * rows (an enrollment application, a mail, a membership account and profile) are any existing ones: only staff may
 * reach them, and staff are not the matrix's attackers there. POST /public/it-fixtures/matrix with {@code provider,
 * reseller, customer, offer, customerUser} (the customer user's login); answers the ids as values by name, with
 * {@code <name>Version}.
 */
@WebServlet("/public/it-fixtures/matrix")
public class MatrixFixtureServlet extends HttpServlet {

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long provider = Long.parseLong(request.getParameter("provider"));
        long reseller = Long.parseLong(request.getParameter("reseller"));
        long customer = Long.parseLong(request.getParameter("customer"));
        long offer = Long.parseLong(request.getParameter("offer"));
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("provider", Long.toString(provider));
        ids.put("reseller", Long.toString(reseller));
        ids.put("customer", Long.toString(customer));
        try (Connection connection = dataSource.getConnection()) {
            row(connection, ids, "offer", "select id, version from offer where id = ?", offer);
            row(
                    connection,
                    ids,
                    "partnership",
                    "select id, version from partnership where provider_id = ? and reseller_id = ?",
                    provider,
                    reseller);
            row(
                    connection,
                    ids,
                    "relationship",
                    "select id, version from customer_relationship where customer_id = ? and partner_id = ?",
                    customer,
                    reseller);
            row(
                    connection,
                    ids,
                    "subscription",
                    "select id, version from subscription where customer_id = ? order by id desc",
                    customer);
            row(
                    connection,
                    ids,
                    "customerUser",
                    "select id, version from app_user where organization_id = ? and login_name = ?",
                    customer,
                    request.getParameter("customerUser"));
            optionalRow(
                    connection,
                    ids,
                    "assignment",
                    "select id, version from license_assignment where subscription_id = ?",
                    Long.parseLong(ids.get("subscription")));
            row(
                    connection,
                    ids,
                    "customerInvitation",
                    "select id, version from customer_invitation where reseller_id = ? order by id desc",
                    reseller);
            row(
                    connection,
                    ids,
                    "partnershipInvitation",
                    "select id, version from partnership_invitation where provider_id = ? order by id desc",
                    provider);
            row(
                    connection,
                    ids,
                    "listing",
                    "select id, version from provider_listing where organization_id = ?",
                    provider);
            optionalRow(connection, ids, "run", "select id, version from billing_run where provider_id = ?", provider);
            optionalRow(connection, ids, "invoice", "select id, version from invoice where provider_id = ?", provider);
            // a statement has no version (never changed): 0
            optionalRow(
                    connection,
                    ids,
                    "statement",
                    "select id, 0 from customer_statement where customer_id = ? order by id desc",
                    customer);
            row(connection, ids, "application", "select id, version from enrollment_application order by id desc");
            row(connection, ids, "mail", "select id, version from outbox_message order by id desc");
            row(connection, ids, "membershipAccount", "select id, version from membership_account order by id desc");
            row(connection, ids, "membershipProfile", "select id, version from organization_profile order by id desc");
        } catch (SQLException e) {
            throw new IOException(e);
        }
        JsonAnswers.write(response, new ProbeAnswer(ProbeAnswer.OK, "", ids));
    }

    /** As {@link #row}, leaving the name out when there is no such row (yet). */
    private static void optionalRow(
            Connection connection, Map<String, String> ids, String name, String sql, Object... keys)
            throws SQLException {
        try {
            row(connection, ids, name, sql, keys);
        } catch (IllegalStateException none) {
            ids.remove(name);
        }
    }

    /** The first row's id and version under that name; {@code 0} for a staff-only row of a kind none exist of yet. */
    private static void row(Connection connection, Map<String, String> ids, String name, String sql, Object... keys)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                query.setObject(i + 1, keys[i]);
            }
            query.setMaxRows(1);
            try (ResultSet row = query.executeQuery()) {
                boolean found = row.next();
                if (!found && keys.length > 0) {
                    throw new IllegalStateException("the victim network has no " + name);
                }
                ids.put(name, found ? Long.toString(row.getLong(1)) : "0");
                ids.put(name + "Version", found ? Long.toString(row.getLong(2)) : "0");
            }
        }
    }
}
