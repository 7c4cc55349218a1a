package org.channelcenter.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.partnership.entity.ProviderListing;
import org.channelcenter.partnership.entity.ProviderService;

/**
 * Test-only: a provider directory listing for a provider organization made with {@link FixtureServlet}.
 *
 * <p>POST /public/it-fixtures/listing with {@code providerId}, {@code name}, {@code countries} (ISO codes,
 * comma-separated), {@code services} ({@link ProviderService} names, comma-separated, may be empty), and
 * optionally {@code published} (default true) and {@code providerActive} (default true; false sets the provider
 * organization INACTIVE, which hides its listing). The contact email is {@code partners@provider<providerId>.example}.
 * Answers the listing's {@link Fixtures.Id} as JSON.
 */
@WebServlet("/public/it-fixtures/listing")
public class ListingFixtureServlet extends HttpServlet {

    @Inject
    SampleData samples;

    @Inject
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long providerId = Long.parseLong(request.getParameter("providerId"));
        String name = request.getParameter("name");
        List<String> countries = Arrays.stream(request.getParameter("countries").split(","))
                .map(String::trim)
                .filter(code -> !code.isEmpty())
                .toList();
        Set<ProviderService> services = EnumSet.noneOf(ProviderService.class);
        String serviceNames = request.getParameter("services");
        if (serviceNames != null) {
            Arrays.stream(serviceNames.split(","))
                    .map(String::trim)
                    .filter(each -> !each.isEmpty())
                    .map(ProviderService::valueOf)
                    .forEach(services::add);
        }
        boolean published = !"false".equals(request.getParameter("published"));
        boolean providerActive = !"false".equals(request.getParameter("providerActive"));
        try {
            long listingId = Transactions.inTransaction(transaction, () -> {
                String site = "provider" + providerId + ".example";
                ProviderListing listing = samples.providerListing(
                        providerId, name, countries, services, "https://" + site, "partners@" + site, published);
                if (!providerActive) {
                    samples.deactivateOrganization(providerId);
                }
                return listing.getId();
            });
            JsonAnswers.write(response, new Fixtures.Id(listingId));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
