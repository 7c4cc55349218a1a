package org.channelcenter.it.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's driver: every page of the list below, in turn, by C simulated users at once (each with its own
 * signed-in sessions as provider admin, reseller admin and staff): a warm-up, then requests until the phase has
 * lasted long enough; every answer checked ({@link PortalSession}). Per page and concurrency: p50 and p95 of the
 * response time and the views per second the server delivered in that phase (all C users on that page).
 */
final class BenchmarkDriver {

    /** Whose session a step uses. */
    enum Who {
        PROVIDER,
        RESELLER,
        STAFF
    }

    /**
     * One page or table action: {@code prepare} runs once per user before the phase (not measured; e.g. the GET
     * whose view a table's AJAX requests then use) and returns the request that is measured, repeatedly.
     */
    record Step(String name, Who who, Function<PortalSession, Runnable> prepare) {}

    /** What one phase measured. */
    record Result(
            String step,
            int users,
            int requests,
            double p50,
            double p95,
            double viewsPerSecond,
            int errors,
            String firstError) {}

    private static final String TABLE = "customersForm:customers";
    private static final Pattern STYLESHEET = Pattern.compile("<link[^>]*href=\"([^\"]*app\\.css[^\"]*)\"");

    private final String baseUrl;
    private final String password;
    private final BenchmarkData data;
    private final int warmup;
    private final double seconds;
    private final int minimum;

    BenchmarkDriver(String baseUrl, String password, BenchmarkData data, int warmup, double seconds, int minimum) {
        this.baseUrl = baseUrl;
        this.password = password;
        this.data = data;
        this.warmup = warmup;
        this.seconds = seconds;
        this.minimum = minimum;
    }

    /** The pages of the issue, the static ceiling first. */
    List<Step> steps(String stylesheet) {
        int n = data.n();
        int lastFirst = ((n - 1) / 25) * 25;
        String rows = "data-ri=\"0\"";
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(
                "Static resource (app.css, ceiling)", Who.STAFF, session -> () -> session.resource(stylesheet)));
        steps.add(get("Dashboard (provider)", Who.PROVIDER, "dashboard.xhtml"));
        steps.add(get("Dashboard (reseller)", Who.RESELLER, "dashboard.xhtml"));
        steps.add(get("Dashboard (staff)", Who.STAFF, "dashboard.xhtml"));
        steps.add(get("Customers, first page (provider)", Who.PROVIDER, "customer/customers.xhtml", TABLE, rows));
        steps.add(get("Customers, first page (reseller)", Who.RESELLER, "customer/customers.xhtml", TABLE, rows));
        steps.add(customersAjax(
                "Customers, last page (provider)",
                Map.of(
                        TABLE + "_pagination", "true",
                        TABLE + "_first", Integer.toString(lastFirst),
                        TABLE + "_rows", "25",
                        TABLE + "_skipChildren", "true",
                        TABLE + "_encodeFeature", "true"),
                "data-ri=\"" + lastFirst + "\""));
        // what the first page shows when the sort applied: names are "Word nnnnnnnn" of ten words, Adatum first
        // and Wingtip last; countries sort by code, BR (Brazil) first and US (United States) last
        Map<String, String[]> sorted = new LinkedHashMap<>();
        sorted.put("name asc", new String[] {"Adatum", "!Wingtip"});
        sorted.put("name desc", new String[] {"Wingtip", "!Adatum"});
        sorted.put("domain asc", new String[] {"bench" + n + "c-0."});
        sorted.put("domain desc", new String[] {"!bench" + n + "c-0."});
        sorted.put("country asc", new String[] {"Brazil", "!United States"});
        sorted.put("country desc", new String[] {"United States", "!Brazil"});
        sorted.put("reseller asc", new String[] {});
        sorted.put("reseller desc", new String[] {});
        sorted.put("since asc", new String[] {});
        sorted.put("since desc", new String[] {});
        sorted.forEach((sort, expected) -> {
            String[] columnAndDirection = sort.split(" ");
            List<String> all = new ArrayList<>(List.of(rows));
            all.addAll(List.of(expected));
            steps.add(customersAjax(
                    "Customers, sort " + sort + " (provider)",
                    Map.of(
                            TABLE + "_sorting", "true",
                            TABLE + "_skipChildren", "true",
                            TABLE + "_encodeFeature", "true",
                            TABLE + "_sortKey", TABLE + ":" + columnAndDirection[0],
                            TABLE + "_sortDir", columnAndDirection[1].equals("asc") ? "1" : "-1"),
                    all.toArray(String[]::new)));
        });
        // a name prefix that exists at every N (customer 0 is "Tailspin 00000013"), a domain prefix, a country;
        // and what no row of the filtered page may show
        steps.add(filter("name", TABLE + ":name:filter", "Tailspin 000000", "Tailspin 000000", "!Adatum"));
        steps.add(filter(
                "domain", TABLE + ":domain:filter", "bench" + n + "c-1", "bench" + n + "c-1", "!bench" + n + "c-2"));
        steps.add(filter("country", TABLE + ":countryFilter_input", "BR", "Brazil", "!United States"));
        steps.add(get(
                "View customers (reseller, shared with provider)",
                Who.RESELLER,
                "partnership/shared-customers.xhtml?partnership=" + data.partnershipId(),
                TABLE,
                rows));
        steps.add(get("Orders (provider)", Who.PROVIDER, "commerce/orders.xhtml", "ordersForm:orders", rows));
        steps.add(get("Orders (reseller)", Who.RESELLER, "commerce/orders.xhtml", "ordersForm:orders", rows));
        steps.add(get(
                "Customer's order history (reseller)",
                Who.RESELLER,
                "customer/customer.xhtml?section=orders&customer=" + data.sampleCustomerId(),
                "orderHistoryForm",
                rows));
        steps.add(
                get("Account › Audit log (reseller admin)", Who.RESELLER, "audit/organization-audit-log.xhtml", rows));
        steps.add(get("Staff › Audit log", Who.STAFF, "staff/audit.xhtml", rows));
        steps.add(get("Staff › Enrollments in review", Who.STAFF, "staff/enrollments.xhtml", rows));
        steps.add(get("Staff › Outbox", Who.STAFF, "staff/outbox.xhtml", rows));
        return steps;
    }

    private static Step get(String name, Who who, String path, String... expected) {
        return new Step(name, who, session -> () -> session.get(path, expected));
    }

    private static Step customersAjax(String name, Map<String, String> parameters, String... expected) {
        return new Step(name, Who.PROVIDER, session -> {
            PortalSession.View view = session.get("customer/customers.xhtml", TABLE);
            return () -> session.ajax(view, "customersForm", TABLE, parameters, expected);
        });
    }

    private static Step filter(String column, String field, String value, String... expected) {
        List<String> all = new ArrayList<>(List.of("data-ri=\"0\""));
        all.addAll(List.of(expected));
        return customersAjax(
                "Customers, filter " + column + " (provider)",
                Map.of(TABLE + "_filtering", "true", TABLE + "_encodeFeature", "true", field, value),
                all.toArray(String[]::new));
    }

    /** The address of the portal's own stylesheet, as its pages link it (with its version parameter). */
    String stylesheet(PortalSession staff) {
        PortalSession.View dashboard = staff.get("dashboard.xhtml");
        Matcher link = STYLESHEET.matcher(dashboard.html());
        if (!link.find()) {
            throw new IllegalStateException("no app.css link in the dashboard");
        }
        return link.group(1).replace("&amp;", "&");
    }

    /**
     * The static ceiling, and the pages whose names contain one of bench.pages' comma-separated words (any case;
     * all pages when it is not set): to measure again only the pages a change touched.
     */
    private static boolean chosen(Step step) {
        String pages = System.getProperty("bench.pages", "").strip();
        String name = step.name().toLowerCase(Locale.ROOT);
        return pages.isEmpty()
                || name.startsWith("static")
                || Arrays.stream(pages.toLowerCase(Locale.ROOT).split(","))
                        .anyMatch(word -> !word.isBlank() && name.contains(word.strip()));
    }

    /** Every chosen step at each number of users; sessions are signed in once per number of users. */
    List<Result> run(int[] userCounts, java.util.function.Consumer<String> progress) throws InterruptedException {
        List<Result> results = new ArrayList<>();
        for (int users : userCounts) {
            List<PortalSession[]> sessions = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                sessions.add(new PortalSession[] {
                    PortalSession.signIn(baseUrl, data.providerLogin(), password),
                    PortalSession.signIn(baseUrl, data.resellerLogin(), password),
                    PortalSession.signIn(baseUrl, data.staffLogin(), password)
                });
            }
            String stylesheet = stylesheet(sessions.get(0)[Who.STAFF.ordinal()]);
            for (Step step : steps(stylesheet)) {
                if (!chosen(step)) {
                    continue;
                }
                Result result = phase(step, users, sessions);
                progress.accept(String.format(
                        "%-50s %2d users: p50 %8.1f ms, p95 %8.1f ms, %8.1f views/s, %d requests, %d errors%s",
                        step.name(),
                        users,
                        result.p50(),
                        result.p95(),
                        result.viewsPerSecond(),
                        result.requests(),
                        result.errors(),
                        result.firstError() == null ? "" : " (" + result.firstError() + ")"));
                results.add(result);
            }
        }
        return results;
    }

    private Result phase(Step step, int users, List<PortalSession[]> sessions) throws InterruptedException {
        List<List<Double>> times = new ArrayList<>();
        int[] errors = new int[users];
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(users);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] finished = new long[users];
        for (int u = 0; u < users; u++) {
            List<Double> mine = new ArrayList<>();
            times.add(mine);
            int user = u;
            PortalSession session = sessions.get(u)[step.who().ordinal()];
            Thread thread = new Thread(
                    () -> {
                        Runnable request = null;
                        try {
                            request = step.prepare().apply(session);
                            for (int i = 0; i < warmup; i++) {
                                request.run();
                            }
                        } catch (RuntimeException e) {
                            errors[user]++;
                            firstError.compareAndSet(null, e.getMessage());
                        }
                        ready.countDown();
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        long started = System.nanoTime();
                        long until = started + (long) (seconds * 1e9);
                        int done = 0;
                        while (request != null && (done < minimum || System.nanoTime() < until)) {
                            long before = System.nanoTime();
                            try {
                                request.run();
                                mine.add((System.nanoTime() - before) / 1e6);
                            } catch (RuntimeException e) {
                                errors[user]++;
                                firstError.compareAndSet(null, e.getMessage());
                            }
                            done++;
                        }
                        finished[user] = System.nanoTime();
                    },
                    "bench-user-" + u);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long started = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long ended = Arrays.stream(finished).max().orElse(started);
        double[] all = times.stream()
                .flatMap(List::stream)
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        double wall = Math.max(1e-9, (ended - started) / 1e9);
        return new Result(
                step.name(),
                users,
                all.length,
                percentile(all, 50),
                percentile(all, 95),
                all.length / wall,
                Arrays.stream(errors).sum(),
                firstError.get());
    }

    private static double percentile(double[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
