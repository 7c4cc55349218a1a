package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.Map;
import javax.sql.DataSource;
import org.channelcenter.directory.boundary.Users;
import org.channelcenter.enrollment.boundary.EnrollmentReviews;
import org.channelcenter.enrollment.entity.EnrollmentStatus;
import org.channelcenter.membership.boundary.Registry;

/**
 * Test-only: a signed-in user whose rights change while it is signed in. After this request's sign-in (its roles
 * as the session keeps them), the user's row is changed in the database ({@code roles=A,B} and/or
 * {@code active=false}), then a boundary is called as the same signed-in user: {@code call=enrollments} (Staff ›
 * Enrollment applications), {@code registry} (Staff › Partner-network registry), {@code users} (User management).
 * POST /public/it-probe/stale-rights with {@code login, password, op=call}.
 */
@WebServlet("/public/it-probe/stale-rights")
public class StaleRightsProbeServlet extends SignedInProbe {

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @EJB
    EnrollmentReviews enrollments;

    @EJB
    Registry registry;

    @EJB
    Users users;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) throws Exception {
        String roles = request.getParameter("roles");
        String active = request.getParameter("active");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update app_user set roles = coalesce(?, roles),"
                        + " active = coalesce(?, active) where login_name = ?")) {
            update.setString(1, roles);
            update.setObject(2, active == null ? null : Boolean.valueOf(active), Types.BOOLEAN);
            update.setString(3, request.getParameter("login"));
            values.put("changed", Integer.toString(update.executeUpdate()));
        }
        switch (request.getParameter("call")) {
            case "enrollments" -> values.put(
                    "count", Long.toString(enrollments.count(EnrollmentStatus.IN_REVIEW, null)));
            case "registry" -> values.put("count", Long.toString(registry.count(null)));
            case "users" -> values.put("count", Long.toString(users.count(null)));
            default -> throw new IllegalArgumentException("unknown call");
        }
    }
}
