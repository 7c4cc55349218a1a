package org.channelcenter.it.support;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.channelcenter.directory.boundary.NewUser;
import org.channelcenter.directory.boundary.UserRow;
import org.channelcenter.directory.boundary.Users;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.Role;

/**
 * Test-only: calls User management ({@link Users}) as the signed-in user of this one request. POST
 * /public/it-probe/users with {@code login, password, op}: {@code users} (every user of the caller's organization
 * as {@code login=id:version:roles}), {@code assignable}, {@code changeRoles&id&version&roles=A,B},
 * {@code deactivate&id&version}, {@code add&userName&roles=A,B}.
 */
@WebServlet("/public/it-probe/users")
public class UserProbeServlet extends SignedInProbe {

    @EJB
    Users users;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) {
        switch (op) {
            case "users" -> users.find(PageRequest.of(0, PageRequest.MAX_SIZE))
                    .forEach(row -> values.put(row.loginName(), row.id() + ":" + row.version() + ":" + roles(row)));
            case "assignable" -> values.put(
                    "roles",
                    users.assignableRoles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
            case "changeRoles" -> values.put(
                    "roles",
                    roles(users.changeRoles(id(request), version(request), roles(request.getParameter("roles")))));
            case "deactivate" -> values.put(
                    "active",
                    String.valueOf(
                            users.deactivate(id(request), version(request)).active()));
            case "add" -> values.put(
                    "login",
                    users.add(new NewUser(
                                    request.getParameter("userName"),
                                    "Probe " + request.getParameter("userName"),
                                    request.getParameter("userName") + "@example.com",
                                    roles(request.getParameter("roles")),
                                    Locale.ENGLISH))
                            .loginName());
            default -> throw new IllegalArgumentException("unknown op");
        }
    }

    private static long id(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("id"));
    }

    private static long version(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("version"));
    }

    private static Set<Role> roles(String names) {
        return Arrays.stream(names.split(",")).map(Role::valueOf).collect(Collectors.toSet());
    }

    private static String roles(UserRow row) {
        return row.sortedRoles().stream().map(Role::name).collect(Collectors.joining(","));
    }
}
