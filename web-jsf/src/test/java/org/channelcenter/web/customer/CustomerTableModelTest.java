package org.channelcenter.web.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.channelcenter.customer.boundary.CustomerFilter;
import org.channelcenter.customer.boundary.CustomerRow;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.Total;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The Customers table asks the boundary for exactly what the table shows, and every text it uses exists. */
class CustomerTableModelTest {

    private final List<PageRequest> pages = new ArrayList<>();
    private final List<CustomerFilter> filters = new ArrayList<>();
    private final CustomerTableModel model = new CustomerTableModel(
            filter -> {
                filters.add(filter);
                return Total.exactly(42);
            },
            (page, filter) -> {
                pages.add(page);
                filters.add(filter);
                return KeyedPage.empty();
            });

    @Test
    void columnFiltersBecomeTheBoundarysFilter() {
        Map<String, FilterMeta> filterBy = Map.of(
                "name",
                        FilterMeta.builder()
                                .field("name")
                                .filterValue(" Contoso ")
                                .build(),
                "domain", FilterMeta.builder().field("domain").filterValue("").build(),
                "countryCode",
                        FilterMeta.builder()
                                .field("countryCode")
                                .filterValue("br")
                                .build());
        assertEquals(42, model.count(filterBy));
        assertEquals(new CustomerFilter("Contoso", null, "BR"), filters.get(0));
    }

    @Test
    void theTablesPageAndSortBecomeAPageRequest() {
        model.load(
                50,
                25,
                Map.of(
                        "domain",
                        SortMeta.builder()
                                .field("domain")
                                .order(SortOrder.DESCENDING)
                                .build()),
                Map.of());
        assertEquals(new PageRequest(50, 25, "domain", false, null), pages.get(0)); // nothing on screen: OFFSET
        assertEquals(CustomerFilter.NONE, filters.get(0));

        model.load(0, 25, Map.of(), null);
        assertEquals(new PageRequest(0, 25, null, true, null), pages.get(1));
    }

    @Test
    void rowsAreKeyedByCustomer() {
        assertEquals("7", model.getRowKey(new CustomerRow(7, "Contoso", "contoso.example", "US", "Adatum", null)));
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CustomerTableModelTest.class.getResourceAsStream(
                "/org/channelcenter/web/i18n/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Every msg['...'] key the customer pages name literally, plus the relationship states they build. */
    private static Set<String> keysUsed() throws IOException {
        Pattern key = Pattern.compile("msg\\['([A-Za-z0-9.]+)'\\]");
        Set<String> keys = new TreeSet<>(
                Set.of("customerRecord.status.ACTIVE", "customerRecord.status.REMOVED", "customer.refused.NOT_FOUND"));
        for (String page : List.of(
                "customer/customers.xhtml",
                "customer/customer.xhtml",
                "WEB-INF/includes/customer-table.xhtml",
                "WEB-INF/includes/customer-record.xhtml")) {
            Matcher matcher = key.matcher(Files.readString(Path.of("src/main/webapp", page)));
            while (matcher.find()) {
                if (!matcher.group(1).endsWith(".")) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_pt_BR", "_ru"})
    void everyTextOfTheCustomerPagesExistsInEveryLanguage(String suffix) throws IOException {
        Properties bundle = bundle(suffix);
        Set<String> missing =
                keysUsed().stream().filter(k -> !bundle.containsKey(k)).collect(Collectors.toSet());
        assertTrue(missing.isEmpty(), "messages" + suffix + " misses " + missing);
        assertFalse(bundle.getProperty("customers.requestRelationship").isBlank());
    }
}
