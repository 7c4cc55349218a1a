package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import javax.sql.DataSource;
import org.channelcenter.commerce.entity.BillingCycle;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.entity.UserAccountBuilder;
import org.channelcenter.kernel.entity.Role;

/**
 * Test-only: offers for order tests, and what orders left in the database, read with SQL so that tests see
 * the rows themselves and not what a boundary chooses to show. POST /public/it-fixtures/orders:
 * <ul>
 * <li>{@code op=offer&name=..&min=..&max=..&active=true|false}: a new offer (staff withdrew it when not
 * active); answers its {@link Fixtures.Id}</li>
 * <li>{@code op=salesAgent&organization=..&name=..&password=..}: another user of the organization, a sales
 * agent; answers its {@link Fixtures.Login}</li>
 * <li>{@code op=written&customer=..}: {@link Ordering.Written}: the {@code orders}, {@code lines} and
 * {@code subscriptions} rows of the customer, {@code quantities} (each subscription's {@code quantity:status},
 * oldest first) and {@code changes} (each subscription's history, {@code kind:quantity:status}, in order)</li>
 * </ul>
 */
@WebServlet("/public/it-fixtures/orders")
public class OrderFixtureServlet extends HttpServlet {

    @Inject
    SampleData samples;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Database database = new Database(dataSource);
        try {
            Object answer =
                    switch (request.getParameter("op")) {
                        case "offer" -> {
                            String name = request.getParameter("name");
                            Transactions.inTransaction(
                                    transaction,
                                    () -> samples.offer(
                                            name,
                                            "it-fixture",
                                            request.getParameter("cycle") == null
                                                    ? BillingCycle.MONTHLY
                                                    : BillingCycle.valueOf(request.getParameter("cycle")),
                                            "12.50",
                                            Integer.parseInt(request.getParameter("min")),
                                            Integer.parseInt(request.getParameter("max"))));
                            // the identity is known once the row is written (JDBC batch writing), so read it by the
                            // unique name
                            long id = database.count("select id from offer where name = ?", name);
                            if (!Boolean.parseBoolean(request.getParameter("active"))) {
                                database.update(
                                        "update offer set active = false, version = version + 1 where id = ?", id);
                            }
                            yield new Fixtures.Id(id);
                        }
                        case "salesAgent" -> new Fixtures.Login(Transactions.inTransaction(
                                        transaction,
                                        () -> samples.user(
                                                samples.organization(
                                                        Long.parseLong(request.getParameter("organization"))),
                                                UserAccountBuilder.user(request.getParameter("name"))
                                                        .roles(Role.SALES_AGENT)
                                                        .password(request.getParameter("password"))))
                                .getLoginName());
                        case "written" -> {
                            long customer = Long.parseLong(request.getParameter("customer"));
                            yield new Ordering.Written(
                                    database.count(
                                            "select count(*) from customer_order where customer_id = ?", customer),
                                    database.count(
                                            "select count(*) from order_line l join customer_order o"
                                                    + " on l.order_id = o.id where o.customer_id = ?",
                                            customer),
                                    database.count("select count(*) from subscription where customer_id = ?", customer),
                                    String.join(
                                            ",",
                                            database.strings(
                                                    "select trim(cast(quantity as char(11)))"
                                                            + " || ':' || status from subscription where customer_id = ? order by id",
                                                    customer)),
                                    String.join(
                                            ",",
                                            database.strings(
                                                    "select c.kind || ':' || trim(cast(c.quantity as char(11))) || ':'"
                                                            + " || c.status from subscription_change c join subscription s"
                                                            + " on s.id = c.subscription_id where s.customer_id = ?"
                                                            + " order by s.id, c.changed_at, c.id",
                                                    customer)));
                        }
                        default -> throw new IllegalArgumentException("unknown op");
                    };
            JsonAnswers.write(response, answer);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
