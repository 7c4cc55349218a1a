package org.channelcenter.it.security;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.channelcenter.it.support.JsonAnswers;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.Total;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.InvitationRefusedException;

/**
 * Test-only: calls one {@link MatrixCases case} as the user signed in on this HTTP session (a real sign-in, see
 * {@code SignedInClient}), exactly as a page would: a role refusal ({@link EJBAccessException}, by the container or
 * the boundary) is answered with the portal's 403 page, which web.xml also shows for it from any page and which
 * audits it (ACCESS_DENIED); a domain refusal is answered as
 * {@code refused} with its reason; a return is answered as {@code ok} with {@code result} = {@code empty} (no rows,
 * zero, nothing) or {@code data: ...}, and a void method that returned as {@code done}; any other exception as
 * {@code error}. Each answer carries {@code audited}: the refusal events recorded with the caller as actor since
 * audit event {@code since}, counted after the call (refusals are recorded in transactions of their own, committed
 * by then); after a 403 page, {@code op=audited} counts them.
 * POST /public/it-probe/matrix with {@code op=call, boundary, signature, login, since, id.<name>...}, or
 * {@code op=audited, login, since}, or {@code op=since} (the newest audit event's id).
 */
@WebServlet("/public/it-probe/matrix")
public class MatrixProbeServlet extends HttpServlet {

    /** What a refusal records: a role or scope refusal, a refused link, a refused order. */
    static final String REFUSAL_ACTIONS =
            "'ACCESS_DENIED', 'ORDER_REFUSED', 'PARTNERSHIP_LINK_REFUSED', 'CUSTOMER_LINK_REFUSED'";

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            switch (request.getParameter("op")) {
                case "since" -> values.put("since", Long.toString(newestAuditEvent()));
                case "audited" -> values.put("audited", Long.toString(audited(request)));
                case "call" -> {
                    ProbeAnswer answer;
                    try {
                        answer = call(request, values);
                    } catch (EJBAccessException denied) {
                        // as the portal answers a refused page: its 403 page, which audits the refusal
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                        return;
                    }
                    values.put("audited", Long.toString(audited(request)));
                    JsonAnswers.write(response, answer);
                    return;
                }
                default -> throw new IllegalArgumentException("unknown op");
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        JsonAnswers.write(response, new ProbeAnswer(ProbeAnswer.OK, "", values));
    }

    private ProbeAnswer call(HttpServletRequest request, Map<String, String> values) {
        Class<?> boundary;
        try {
            boundary = Class.forName(request.getParameter("boundary"));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(e);
        }
        String signature = request.getParameter("signature");
        Method method = Arrays.stream(boundary.getMethods())
                .filter(candidate ->
                        BoundaryMethods.signature(boundary, candidate).equals(signature))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no method " + signature));
        Object[] arguments = MatrixCases.CASES.get(signature).apply(new MatrixCases.Victim(victimIds(request)));
        Object bean = CDI.current().select(boundary).get();
        try {
            Object returned = method.invoke(bean, arguments);
            values.put("result", method.getReturnType() == void.class ? "done" : describe(returned));
            return new ProbeAnswer(ProbeAnswer.OK, "", values);
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            if (cause instanceof EJBAccessException denied) {
                throw denied;
            }
            if (cause instanceof DomainException refused) {
                return new ProbeAnswer("refused", reasonOf(refused), values);
            }
            values.put("error", cause.getClass().getName() + ": " + cause.getMessage());
            return new ProbeAnswer("error", "", values);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "empty" when the call gave nothing away, else what it gave. */
    static String describe(Object returned) {
        boolean empty = returned == null
                || (returned instanceof Collection<?> rows && rows.isEmpty())
                || (returned instanceof Map<?, ?> map && map.isEmpty())
                || (returned instanceof Optional<?> optional && optional.isEmpty())
                || (returned instanceof Number number && number.longValue() == 0)
                || (returned instanceof Total total && total.value() == 0)
                || (returned instanceof KeyedPage<?> page && page.rows().isEmpty());
        if (empty) {
            return "empty";
        }
        String shown = String.valueOf(returned);
        return "data: " + (shown.length() > 300 ? shown.substring(0, 300) + "..." : shown);
    }

    private static String reasonOf(DomainException refused) {
        return refused instanceof InvitationRefusedException invitation
                ? invitation.refusal().name()
                : String.valueOf(refused.reason());
    }

    private static Map<String, Long> victimIds(HttpServletRequest request) {
        Map<String, Long> ids = new HashMap<>();
        request.getParameterMap().forEach((name, value) -> {
            if (name.startsWith("id.")) {
                ids.put(name.substring(3), Long.valueOf(value[0]));
            }
        });
        return ids;
    }

    private long newestAuditEvent() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement newest = connection.prepareStatement("select max(id) from audit_event");
                ResultSet row = newest.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Refusal events with this actor after event {@code since} (a primary-key range: cheap in a large log). */
    private long audited(HttpServletRequest request) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from audit_event where id > ?"
                        + " and actor_login = ? and action in (" + REFUSAL_ACTIONS + ")")) {
            count.setLong(1, Long.parseLong(request.getParameter("since")));
            count.setString(2, request.getParameter("login"));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
