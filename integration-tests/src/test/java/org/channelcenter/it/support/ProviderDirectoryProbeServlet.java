package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.partnership.boundary.ListedProvider;
import org.channelcenter.partnership.boundary.ListingDetails;
import org.channelcenter.partnership.boundary.ProviderDirectory;
import org.channelcenter.partnership.boundary.ProviderListingRow;
import org.channelcenter.partnership.entity.ProviderListingRefusedException;
import org.channelcenter.partnership.entity.ProviderService;

/**
 * Test-only: calls {@link ProviderDirectory} as whoever is signed in (its address needs a signed-in user,
 * nothing more), so tests see what the boundary itself allows, whatever the pages show. POST with
 * {@code op} = find | listings | create | update | unpublish | publish | audit and that operation's
 * parameters; answers {@code key=value} lines, always with {@code result} = ok | refused | invalid |
 * concurrent | REASON (of a ProviderListingRefusedException).
 */
@WebServlet("/it-probe/provider-directory")
public class ProviderDirectoryProbeServlet extends HttpServlet {

    @EJB
    ProviderDirectory directory;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        try {
            switch (request.getParameter("op")) {
                case "find" -> find(request, out);
                case "listings" -> listings(request, out);
                case "create" -> written(
                        out, directory.create(Long.parseLong(request.getParameter("providerId")), details(request)));
                case "update" -> written(out, directory.update(id(request), version(request), details(request)));
                case "unpublish" -> written(out, directory.unpublish(id(request), version(request)));
                case "publish" -> written(out, directory.publish(id(request), version(request)));
                case "audit" -> out.println("actions="
                        + String.join(
                                ",",
                                new Database(dataSource)
                                        .strings(
                                                "select action from audit_event where target like ? order by id",
                                                "provider listing " + id(request) + " (%")));
                default -> throw new IllegalArgumentException("op");
            }
            out.println("result=ok");
        } catch (EJBAccessException refused) {
            out.println("result=refused");
        } catch (ProviderListingRefusedException refused) {
            out.println("result=" + refused.reason().name());
        } catch (ConcurrentChangeException concurrent) {
            out.println("result=concurrent");
        } catch (EJBException failure) {
            out.println(
                    "result=" + (isInvalid(failure) ? "invalid" : isRefused(failure) ? "refusedWrapped" : "failed"));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private void find(HttpServletRequest request, PrintWriter out) {
        String name = request.getParameter("name");
        String country = request.getParameter("country");
        ProviderService service = blank(request.getParameter("service"))
                ? null
                : ProviderService.valueOf(request.getParameter("service"));
        List<ListedProvider> page = directory.find(
                new PageRequest(integer(request, "first", 0), integer(request, "size", 10), null, true, name),
                country,
                service);
        out.println("count=" + directory.count(name, country, service));
        out.println("names=" + page.stream().map(ListedProvider::displayName).collect(Collectors.joining("|")));
        out.println("countries="
                + page.stream().map(row -> String.join(" ", row.countryCodes())).collect(Collectors.joining("|")));
        out.println("services="
                + page.stream()
                        .map(row -> row.services().stream().map(Enum::name).collect(Collectors.joining(" ")))
                        .collect(Collectors.joining("|")));
        out.println("emails=" + page.stream().map(ListedProvider::contactEmail).collect(Collectors.joining("|")));
    }

    private void listings(HttpServletRequest request, PrintWriter out) {
        String filter = request.getParameter("name");
        List<ProviderListingRow> page = directory.findListings(new PageRequest(
                integer(request, "first", 0),
                integer(request, "size", 10),
                request.getParameter("sort"),
                true,
                filter));
        out.println("count=" + directory.countListings(filter));
        out.println(
                "names=" + page.stream().map(ProviderListingRow::displayName).collect(Collectors.joining("|")));
        out.println("published="
                + page.stream().map(row -> Boolean.toString(row.published())).collect(Collectors.joining("|")));
    }

    private static void written(PrintWriter out, ProviderListingRow row) {
        out.println("id=" + row.id());
        out.println("version=" + row.version());
        out.println("countries=" + String.join(" ", row.countryCodes()));
        out.println("published=" + row.published());
    }

    private static ListingDetails details(HttpServletRequest request) {
        Set<ProviderService> services = EnumSet.noneOf(ProviderService.class);
        String names = request.getParameter("services");
        if (!blank(names)) {
            Arrays.stream(names.split(",")).map(ProviderService::valueOf).forEach(services::add);
        }
        List<String> countries = blank(request.getParameter("countries"))
                ? List.of()
                : List.of(request.getParameter("countries").split(","));
        return new ListingDetails(
                request.getParameter("name"),
                countries,
                services,
                request.getParameter("website"),
                request.getParameter("contactEmail"));
    }

    private static boolean isInvalid(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRefused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    private static long id(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("listingId"));
    }

    private static long version(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("version"));
    }

    private static int integer(HttpServletRequest request, String name, int otherwise) {
        return blank(request.getParameter(name)) ? otherwise : Integer.parseInt(request.getParameter(name));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
