package org.channelcenter.it.support;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.channelcenter.commerce.boundary.LicenseAssignmentRow;
import org.channelcenter.commerce.boundary.Licenses;
import org.channelcenter.commerce.entity.LicenseRefusedException;
import org.channelcenter.customer.boundary.CustomerUserChange;
import org.channelcenter.customer.boundary.CustomerUserRow;
import org.channelcenter.customer.boundary.CustomerUsers;
import org.channelcenter.customer.boundary.NewCustomerUser;
import org.channelcenter.directory.boundary.Users;
import org.channelcenter.kernel.boundary.PageRequest;

/**
 * Test-only: calls the customer-user and license boundaries as the signed-in user ({@link SignedInProbe}).
 * POST /public/it-probe/licenses with {@code login, password, op} and:
 * <ul>
 * <li>{@code users}: {@code customer}; answers {@code count} and {@code rows=id|login|active|admin|licenses|version,..}</li>
 * <li>{@code addUser}: {@code customer, userName, displayName, email}; answers {@code id, login, version}</li>
 * <li>{@code editUser}: {@code customer, id, version, displayName, email}; answers {@code version}</li>
 * <li>{@code deactivateUser|reactivateUser}: {@code customer, id, version}; answers {@code active, version}</li>
 * <li>{@code use}: {@code customer}; answers {@code rows=subscriptionId|assigned|quantity|status,..}</li>
 * <li>{@code assignments}: {@code customer}; answers {@code count} and {@code rows=id|subscriptionId|userId|version,..}</li>
 * <li>{@code candidates}: {@code subscription, text}; answers {@code ids}</li>
 * <li>{@code assign}: {@code subscription, user}; answers {@code id, version}; refused ALL_ASSIGNED also answers
 * {@code quantity} and the page's {@code message.en|pt-BR|ru}</li>
 * <li>{@code unassign}: {@code id, version}</li>
 * <li>{@code deactivateOwnUser}: {@code id, version}: User management of the caller's own organization (e.g. the
 * customer's admin); answers {@code active}</li>
 * </ul>
 */
@WebServlet("/public/it-probe/licenses")
public class LicenseProbeServlet extends SignedInProbe {

    @EJB
    CustomerUsers users;

    @EJB
    Licenses licenses;

    @EJB
    Users ownUsers;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) {
        switch (op) {
            case "users" -> {
                long customer = number(request, "customer");
                values.put("count", String.valueOf(users.count(customer, null)));
                values.put(
                        "rows",
                        String.valueOf(users.find(customer, PageRequest.of(0, 100)).stream()
                                .map(row -> row.id() + "|" + row.loginName() + "|" + row.active() + "|"
                                        + row.customerAdmin() + "|" + row.licenses() + "|" + row.version())
                                .collect(Collectors.joining(","))));
            }
            case "addUser" -> {
                CustomerUserRow added = users.add(
                        number(request, "customer"),
                        new NewCustomerUser(
                                request.getParameter("userName"),
                                request.getParameter("displayName"),
                                request.getParameter("email"),
                                Locale.ENGLISH));
                values.put("id", String.valueOf(added.id()));
                values.put("login", String.valueOf(added.loginName()));
                values.put("version", String.valueOf(added.version()));
            }
            case "editUser" -> values.put(
                    "version",
                    String.valueOf(users.edit(
                                    number(request, "customer"),
                                    number(request, "id"),
                                    number(request, "version"),
                                    new CustomerUserChange(
                                            request.getParameter("displayName"), request.getParameter("email")))
                            .version()));
            case "deactivateUser" -> changed(
                    values,
                    users.deactivate(number(request, "customer"), number(request, "id"), number(request, "version")));
            case "deactivateOwnUser" -> values.put(
                    "active",
                    String.valueOf(ownUsers.deactivate(number(request, "id"), number(request, "version"))
                            .active()));
            case "reactivateUser" -> changed(
                    values,
                    users.reactivate(number(request, "customer"), number(request, "id"), number(request, "version")));
            case "use" -> values.put(
                    "rows",
                    String.valueOf(licenses.use(number(request, "customer"), PageRequest.of(0, 50)).stream()
                            .map(use -> use.subscriptionId() + "|" + use.assigned() + "|" + use.quantity() + "|"
                                    + use.status())
                            .collect(Collectors.joining(","))));
            case "assignments" -> {
                long customer = number(request, "customer");
                values.put(
                        "count", String.valueOf(licenses.countAssignments(customer, request.getParameter("filter"))));
                values.put(
                        "rows",
                        String.valueOf(licenses
                                .findAssignments(
                                        customer, new PageRequest(0, 100, null, true, request.getParameter("filter")))
                                .stream()
                                .map(row -> row.id() + "|" + row.subscriptionId() + "|" + row.userId() + "|"
                                        + row.version())
                                .collect(Collectors.joining(","))));
            }
            case "candidates" -> values.put(
                    "ids",
                    String.valueOf(
                            licenses.candidates(number(request, "subscription"), request.getParameter("text")).stream()
                                    .map(candidate -> Long.toString(candidate.userId()))
                                    .collect(Collectors.joining(","))));
            case "assign" -> {
                try {
                    LicenseAssignmentRow row =
                            licenses.assign(number(request, "subscription"), number(request, "user"));
                    values.put("id", String.valueOf(row.id()));
                    values.put("version", String.valueOf(row.version()));
                } catch (LicenseRefusedException refused) {
                    if (refused.reason() == LicenseRefusedException.Reason.ALL_ASSIGNED) {
                        values.put("quantity", String.valueOf(refused.quantity()));
                        for (String language : new String[] {"en", "pt-BR", "ru"}) {
                            values.put("message." + language, message(language, refused));
                        }
                    }
                    throw refused;
                }
            }
            case "unassign" -> licenses.unassign(number(request, "id"), number(request, "version"));
            default -> throw new IllegalArgumentException("unknown op");
        }
    }

    /** The refusal as the page words it (the web tier's bundle, with the quantity as its argument). */
    private static String message(String language, LicenseRefusedException refused) {
        ResourceBundle bundle =
                ResourceBundle.getBundle("org.channelcenter.web.i18n.messages", Locale.forLanguageTag(language));
        return new MessageFormat(
                        bundle.getString("licenses.refused." + refused.reason().name()),
                        Locale.forLanguageTag(language))
                .format(new Object[] {refused.quantity()});
    }

    private static void changed(Map<String, String> values, CustomerUserRow row) {
        values.put("active", String.valueOf(row.active()));
        values.put("version", String.valueOf(row.version()));
    }

    private static long number(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }
}
