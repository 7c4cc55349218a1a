package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.channelcenter.commerce.boundary.NewOrder;
import org.channelcenter.commerce.boundary.Orders;
import org.channelcenter.dashboard.boundary.DashboardTile;
import org.channelcenter.dashboard.boundary.Dashboards;
import org.channelcenter.kernel.control.Counters;
import org.channelcenter.kernel.entity.InstantConverter;

/**
 * Test-only: the dashboard tiles as the signed-in user sees them, next to full counts made the way the tiles
 * were counted before the counters (issue 14), over every row. POST /public/it-probe/dashboard with
 * {@code login, password, op} and:
 * <ul>
 * <li>{@code tiles}: {@code organization, kind} (the signed-in user's); answers {@code tile.<name>} (and
 * {@code tile.<name>.outOf}) from {@link Dashboards}, {@code full.<name>} (and {@code full.<name>.outOf}) for every
 * tile the counters answer (and a customer's two tiles), and for a partner {@code counter.customers} from {@link Counters#customers}</li>
 * <li>{@code timing}: {@code organization, kind, repeat}: the average milliseconds of {@code repeat} dashboard
 * calls ({@code tilesMillis}) and of {@code repeat} rounds of the full counts ({@code fullMillis})</li>
 * <li>{@code rollback}: {@code customer, reseller, lines=offerId:quantity,..} and {@code partner}: in one
 * transaction places the order (as the signed-in provider), ends the customer's relationship with
 * {@code partner} and adds a customer organization, then rolls it all back; answers {@code placed=true}</li>
 * </ul>
 */
@WebServlet("/public/it-probe/dashboard")
public class DashboardProbeServlet extends SignedInProbe {

    /** "Still related" of the old tile queries: the organization's own relationship with the row's customer. */
    private static final String STILL_RELATED = " and exists (select 1 from customer_relationship r"
            + " where r.customer_id = x.customer_id and r.partner_id = ? and r.status = 'ACTIVE')";

    @EJB
    Dashboards dashboards;

    @EJB
    Orders orders;

    @Inject
    Counters counters;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) throws Exception {
        switch (op) {
            case "tiles" -> tiles(
                    Long.parseLong(request.getParameter("organization")), request.getParameter("kind"), values);
            case "timing" -> {
                // as the signed-in partner: the dashboard's tiles now, and the partner tiles' old full counts
                long organization = Long.parseLong(request.getParameter("organization"));
                String kind = request.getParameter("kind");
                int repeat = Integer.parseInt(request.getParameter("repeat"));
                Map<String, String> ignored = new java.util.HashMap<>();
                tiles(organization, kind, ignored); // warms both
                long started = System.nanoTime();
                for (int i = 0; i < repeat; i++) {
                    dashboards.tiles();
                }
                long tiles = System.nanoTime() - started;
                started = System.nanoTime();
                for (int i = 0; i < repeat; i++) {
                    fullCounts(organization, kind, ignored);
                }
                long full = System.nanoTime() - started;
                values.put("tilesMillis", String.format(java.util.Locale.ROOT, "%.2f", tiles / 1e6 / repeat));
                values.put("fullMillis", String.format(java.util.Locale.ROOT, "%.2f", full / 1e6 / repeat));
                values.putAll(ignored);
            }
            case "rollback" -> {
                transaction.begin();
                try {
                    List<NewOrder.Line> lines = Arrays.stream(
                                    request.getParameter("lines").split(","))
                            .map(line -> line.split(":"))
                            .map(pair -> new NewOrder.Line(Long.parseLong(pair[0]), Integer.parseInt(pair[1])))
                            .toList();
                    long customer = Long.parseLong(request.getParameter("customer"));
                    orders.place(new NewOrder(customer, Long.parseLong(request.getParameter("reseller")), lines));
                    try (Connection connection = dataSource.getConnection()) {
                        update(
                                connection,
                                "update customer_relationship set status = 'REMOVED', active_pair = null,"
                                        + " removed_at = ?, removed_by = 'it-rollback', version = version + 1"
                                        + " where customer_id = ? and partner_id = ? and status = 'ACTIVE'",
                                InstantConverter.toColumn(Instant.now()),
                                customer,
                                Long.parseLong(request.getParameter("partner")));
                        update(
                                connection,
                                "insert into organization (kind, name, directory_domain, country_code, status,"
                                        + " created_at, version) values ('CUSTOMER', 'Rolled back', ?, 'US',"
                                        + " 'ACTIVE', ?, 0)",
                                "rolled-back-" + System.nanoTime() + ".example",
                                InstantConverter.toColumn(Instant.now()));
                    }
                    values.put("placed", "true");
                } finally {
                    transaction.rollback();
                }
            }
            default -> throw new IllegalArgumentException("unknown op");
        }
    }

    private void tiles(long organization, String kind, Map<String, String> values) throws SQLException {
        for (DashboardTile tile : dashboards.tiles()) {
            values.put("tile." + tile.name(), Long.toString(tile.count()));
            if (tile.outOf() != null) {
                values.put("tile." + tile.name() + ".outOf", Long.toString(tile.outOf()));
            }
        }
        fullCounts(organization, kind, values);
    }

    /** The counted tiles as the old queries counted them, over every row. */
    private void fullCounts(long organization, String kind, Map<String, String> values) throws SQLException {
        Database database = new Database(dataSource);
        Timestamp recent = InstantConverter.toColumn(
                Counters.recentFrom(Instant.now()).atStartOfDay().toInstant(ZoneOffset.UTC));
        if (kind.equals("OPERATOR")) {
            for (String each : List.of("PROVIDER", "RESELLER", "CUSTOMER")) {
                values.put(
                        "full." + each.toLowerCase() + "s",
                        Long.toString(database.count(
                                "select count(*) from organization where kind = ? and status = 'ACTIVE'", each)));
            }
            values.put(
                    "full.registryProfiles",
                    Long.toString(database.count("select count(*) from organization_profile where status = 'ACTIVE'")));
            values.put("full.ordersTotal", Long.toString(database.count("select count(*) from customer_order")));
            values.put(
                    "full.ordersRecent",
                    Long.toString(database.count("select count(*) from customer_order where placed_at >= ?", recent)));
            return;
        }
        if (kind.equals("CUSTOMER")) {
            // a customer's own tiles stay queries; compared all the same
            values.put(
                    "full.partners",
                    Long.toString(database.count(
                            "select count(*) from customer_relationship where customer_id = ? and status = 'ACTIVE'",
                            organization)));
            values.put(
                    "full.subscriptions",
                    Long.toString(database.count(
                            "select count(*) from subscription where customer_id = ? and status = 'ACTIVE'",
                            organization)));
            return;
        }
        String side = kind.equals("PROVIDER") ? "x.provider_id" : "x.reseller_id";
        values.put("counter.customers", Long.toString(counters.customers(organization)));
        values.put(
                "full.customers",
                Long.toString(database.count(
                        "select count(*) from customer_relationship x where x.partner_id = ? and x.status = 'ACTIVE'",
                        organization)));
        values.put(
                "full.ordersRecent",
                Long.toString(database.count(
                        "select count(*) from customer_order x where " + side + " = ? and x.placed_at >= ?"
                                + STILL_RELATED,
                        organization,
                        recent,
                        organization)));
        String activeSubscriptions =
                " from subscription x where " + side + " = ? and x.status = 'ACTIVE'" + STILL_RELATED;
        values.put(
                "full.subscriptions",
                Long.toString(database.count("select count(*)" + activeSubscriptions, organization, organization)));
        values.put(
                "full.licenses",
                Long.toString(database.count(
                        "select coalesce(sum(x.assigned), 0)" + activeSubscriptions, organization, organization)));
        values.put(
                "full.licenses.outOf",
                Long.toString(database.count(
                        "select coalesce(sum(x.quantity), 0)" + activeSubscriptions, organization, organization)));
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
