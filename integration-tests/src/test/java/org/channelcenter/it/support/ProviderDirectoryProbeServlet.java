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
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * parameters; answers a {@link ProbeAnswer} (JSON) with the operation's values and the outcome ok | refused |
 * invalid | concurrent | REASON (of a ProviderListingRefusedException).
 */
@WebServlet("/it-probe/provider-directory")
public class ProviderDirectoryProbeServlet extends HttpServlet {

    @EJB
    ProviderDirectory directory;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        String outcome;
        try {
            switch (request.getParameter("op")) {
                case "find" -> find(request, values);
                case "listings" -> listings(request, values);
                case "create" -> written(
                        values, directory.create(Long.parseLong(request.getParameter("providerId")), details(request)));
                case "update" -> written(values, directory.update(id(request), version(request), details(request)));
                case "unpublish" -> written(values, directory.unpublish(id(request), version(request)));
                case "publish" -> written(values, directory.publish(id(request), version(request)));
                case "audit" -> values.put(
                        "actions",
                        String.join(
                                ",",
                                new Database(dataSource)
                                        .strings(
                                                "select action from audit_event where target like ? order by id",
                                                "provider listing " + id(request) + " (%")));
                default -> throw new IllegalArgumentException("op");
            }
            outcome = ProbeAnswer.OK;
        } catch (EJBAccessException refused) {
            outcome = "refused";
        } catch (ProviderListingRefusedException refused) {
            outcome = refused.reason().name();
        } catch (ConcurrentChangeException concurrent) {
            outcome = "concurrent";
        } catch (EJBException failure) {
            outcome = (isInvalid(failure) ? "invalid" : isRefused(failure) ? "refusedWrapped" : "failed");
        } catch (SQLException e) {
            throw new IOException(e);
        }
        JsonAnswers.write(response, new ProbeAnswer(outcome, "", values));
    }

    private void find(HttpServletRequest request, Map<String, String> values) {
        String name = request.getParameter("name");
        String country = request.getParameter("country");
        ProviderService service = blank(request.getParameter("service"))
                ? null
                : ProviderService.valueOf(request.getParameter("service"));
        List<ListedProvider> page = directory.find(
                new PageRequest(integer(request, "first", 0), integer(request, "size", 10), null, true, name),
                country,
                service);
        values.put("count", String.valueOf(directory.count(name, country, service)));
        values.put(
                "names",
                String.valueOf(page.stream().map(ListedProvider::displayName).collect(Collectors.joining("|"))));
        values.put(
                "countries",
                String.valueOf(page.stream()
                        .map(row -> String.join(" ", row.countryCodes()))
                        .collect(Collectors.joining("|"))));
        values.put(
                "services",
                String.valueOf(page.stream()
                        .map(row -> row.services().stream().map(Enum::name).collect(Collectors.joining(" ")))
                        .collect(Collectors.joining("|"))));
        values.put(
                "emails",
                String.valueOf(page.stream().map(ListedProvider::contactEmail).collect(Collectors.joining("|"))));
    }

    private void listings(HttpServletRequest request, Map<String, String> values) {
        String filter = request.getParameter("name");
        List<ProviderListingRow> page = directory.findListings(new PageRequest(
                integer(request, "first", 0),
                integer(request, "size", 10),
                request.getParameter("sort"),
                true,
                filter));
        values.put("count", String.valueOf(directory.countListings(filter)));
        values.put(
                "names",
                String.valueOf(
                        page.stream().map(ProviderListingRow::displayName).collect(Collectors.joining("|"))));
        values.put(
                "published",
                String.valueOf(page.stream()
                        .map(row -> Boolean.toString(row.published()))
                        .collect(Collectors.joining("|"))));
    }

    private static void written(Map<String, String> values, ProviderListingRow row) {
        values.put("id", String.valueOf(row.id()));
        values.put("version", String.valueOf(row.version()));
        values.put("countries", String.join(" ", row.countryCodes()));
        values.put("published", String.valueOf(row.published()));
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
