package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.FormSession;
import org.channelcenter.it.support.FormSession.Answer;
import org.channelcenter.it.support.FormSession.Form;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, point 9 (fuzz): at least 10,000 generated bad inputs ({@link #AT_LEAST}) into every form and URL parameter of
 * the main flows, over HTTP as a browser's session sends them (each page fetched, its forms' fields and view state
 * read from the HTML, one field at a time replaced by a bad value, or left out, or the AJAX ids made up). Expected:
 * no HTTP 500, no stack trace or error page in any answer, no script sent in rendered unescaped (in the answer or
 * on any page afterwards), and no rows written by refused inputs. The counts are printed for the issue's note.
 * Seeded, so a failure can be replayed: {@code -Dfuzz.seed=...}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FuzzIT {

    /** How many bad inputs at least: 10,000 in CI; {@code -Dfuzz.inputs=} for a shorter look on a busy machine. */
    static final int AT_LEAST = Integer.getInteger("fuzz.inputs", 10_000);

    private static final String SCRIPT = "<script>alert('cc-fuzz')</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert('cc-fuzz')>";
    private static final Pattern UNESCAPED = Pattern.compile("<script>alert\\('cc-fuzz'\\)|<img src=x onerror=alert");

    /** Buttons that end the session or leave the page: pressing them would stop the run, not test it. */
    private static final Pattern LEAVING = Pattern.compile("signOut|language", Pattern.CASE_INSENSITIVE);

    private static final List<String> BOGUS_IDS =
            List.of("nonsense", "@nonsense", "nonsense:x:y", "@(#no-such)", ":", "@all @none nonsense");

    private static final long SEED = Long.getLong("fuzz.seed", 15L);

    private final Map<String, Integer> answers = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private static final Pattern OUTBOX_ERROR = Pattern.compile("<span[^>]*class=\"cc-mail-error\">[^<]*</span>");

    private final AtomicInteger inputs = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger slotsDone = new AtomicInteger();

    private record Target(FormSession session, String path, List<String> parameters) {}

    @Test
    void tenThousandBadInputsIntoTheMainFlowsGiveNoServerErrorNoStackTraceNoScriptAndNoHalfWrites() {
        long started = System.nanoTime();
        SampleNetwork network = SampleNetwork.create();
        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        FormSession anonymous = FormSession.anonymous("en");
        FormSession reseller = FormSession.signedIn(network.reseller().login(), Fixtures.PASSWORD);
        FormSession provider = FormSession.signedIn(network.provider().login(), Fixtures.PASSWORD);
        FormSession operator = FormSession.signedIn(staff.login(), Fixtures.PASSWORD);
        long customer = network.customer().organizationId();
        List<Target> targets = List.of(
                new Target(anonymous, "login.xhtml", List.of("x")),
                new Target(anonymous, "public/enroll.xhtml", List.of("step")),
                new Target(anonymous, "public/set-password.xhtml", List.of("token")),
                new Target(anonymous, "public/verify-contact.xhtml", List.of("token")),
                new Target(anonymous, "public/customer-invitation.xhtml", List.of("token")),
                new Target(reseller, "dashboard.xhtml", List.of()),
                new Target(reseller, "customer/customers.xhtml", List.of()),
                new Target(reseller, "customer/customer.xhtml?customer=" + customer, List.of("customer", "section")),
                new Target(
                        reseller,
                        "customer/customer.xhtml?section=users&customer=" + customer,
                        List.of("customer", "section")),
                new Target(
                        reseller,
                        "customer/invite.xhtml?provider=" + network.provider().organizationId(),
                        List.of("provider")),
                new Target(reseller, "customer/invitations.xhtml", List.of()),
                new Target(reseller, "directory/users.xhtml", List.of()),
                new Target(reseller, "commerce/orders.xhtml", List.of()),
                new Target(reseller, "commerce/order.xhtml?customer=" + customer, List.of("customer")),
                new Target(reseller, "audit/organization-audit-log.xhtml", List.of()),
                new Target(reseller, "partnership/providers.xhtml", List.of()),
                new Target(reseller, "partnership/find-provider.xhtml", List.of()),
                new Target(
                        reseller,
                        "partnership/shared-customers.xhtml?partnership=" + network.partnershipId(),
                        List.of("partnership")),
                new Target(provider, "partnership/invite-reseller.xhtml", List.of()),
                new Target(provider, "partnership/resellers.xhtml", List.of()),
                new Target(provider, "partnership/authorize-provider.xhtml", List.of("token")),
                new Target(operator, "staff/enrollments.xhtml", List.of()),
                new Target(operator, "staff/enrollment.xhtml?id=1", List.of("id")),
                new Target(operator, "staff/registry.xhtml", List.of()),
                new Target(operator, "staff/audit.xhtml", List.of()),
                new Target(operator, "staff/outbox.xhtml", List.of()),
                new Target(operator, "staff/offers.xhtml", List.of()),
                new Target(operator, "staff/provider-listings.xhtml", List.of()));

        int slots = 0;
        for (Target target : targets) {
            slots += target.parameters().size();
            for (Form form : fuzzedForms(target)) {
                slots += form.inputs().size();
            }
        }
        // every field and parameter gets as many bad values as reach the total: the fixed ones first (in a short
        // run, each field some of them, in turn), then generated ones
        int perSlot = Math.max(3, (AT_LEAST + slots - 1) / slots);
        Map<String, Long> rowsBefore = rowCounts();
        fuzzEachSessionInItsOwnThread(targets, perSlot);
        Map<String, Long> rowsAfter = rowCounts();
        for (Target target : targets) { // stored scripts: every page once more, as anyone will see it later
            Answer page = target.session().get(target.path());
            check(page, "after: " + target.path());
        }
        long rowsWritten = 0;
        for (Map.Entry<String, Long> table : rowsAfter.entrySet()) {
            rowsWritten += table.getValue() - rowsBefore.getOrDefault(table.getKey(), 0L);
        }

        System.out.printf(
                "FuzzIT: %d bad inputs into %d pages (%d fields and parameters) in %d s; answers: %s;"
                        + " accepted (no refusal shown): %d; rows written: %d; HTTP 500: %d; failures: %d%n",
                inputs.get(),
                targets.size(),
                slots,
                (System.nanoTime() - started) / 1_000_000_000L,
                new TreeMap<>(answers),
                accepted.get(),
                rowsWritten,
                serverErrors.get(),
                failures.size());
        failures.stream().limit(20).forEach(failure -> System.out.println("FuzzIT failure: " + failure));
        assertTrue(inputs.get() >= AT_LEAST, "inputs: " + inputs);
        // most inputs must reach the pages' validation: the 400 filter answers only malformed escapes, NULs and
        // forged view states, a small share of the values
        int badRequests = answers.getOrDefault("400 page", 0);
        assertTrue(
                badRequests * 10 < inputs.get(), badRequests + " of " + inputs + " inputs stopped at the 400 filter");
        assertEquals(0, serverErrors.get(), "HTTP 500s");
        assertEquals(List.of(), failures.stream().limit(20).toList());
        // a refused input writes nothing: rows can only come from inputs a page accepted (one row each, at most a
        // handful of rows for one accepted form: a user and its password link, an order and its lines)
        assertTrue(
                rowsWritten <= 4L * accepted.get(), "rows written " + rowsWritten + " for " + accepted + " accepted");
    }

    /**
     * The sessions' pages side by side (one thread per session: a session's own requests stay in order, as a
     * browser tab's do), so that the run takes a couple of minutes, not ten.
     */
    private void fuzzEachSessionInItsOwnThread(List<Target> targets, int perSlot) {
        Map<FormSession, List<Target>> bySession = new LinkedHashMap<>();
        targets.forEach(target -> bySession
                .computeIfAbsent(target.session(), session -> new ArrayList<>())
                .add(target));
        ExecutorService threads = Executors.newFixedThreadPool(bySession.size());
        try {
            List<Future<?>> runs = new ArrayList<>();
            long seed = SEED;
            for (List<Target> sessionTargets : bySession.values()) {
                Random random = new Random(seed++);
                runs.add(threads.submit(() -> sessionTargets.forEach(target -> fuzz(target, perSlot, random))));
            }
            for (Future<?> run : runs) {
                run.get(15, TimeUnit.MINUTES);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    private List<Form> fuzzedForms(Target target) {
        Answer page = target.session().get(target.path());
        check(page, "GET " + target.path());
        return FormSession.forms(page.body()).values().stream()
                .filter(form -> !form.id().equals("shellForm") && !form.id().equals("menuForm"))
                .toList();
    }

    private void fuzz(Target target, int perSlot, Random random) {
        String path = target.path();
        String pagePath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        for (String parameter : target.parameters()) {
            for (int i = 0; i < perSlot; i++) {
                String value = BadValues.value(valueIndex(perSlot, i), random);
                String query = pagePath + "?" + parameter + "=" + BadValues.rawForAddress(value);
                record(target.session().rawGet(query), query);
            }
        }
        for (Form pageForm : fuzzedForms(target)) {
            Form form = pageForm;
            List<String> buttons = form.buttons().stream()
                    .filter(button -> !LEAVING.matcher(button).find())
                    .toList();
            int round = 0;
            for (String field : pageForm.inputs()) {
                for (int i = 0; i < perSlot; i++, round++) {
                    String button = buttons.isEmpty() ? null : buttons.get(round % buttons.size());
                    Map<String, String> values = plausible(form);
                    String body;
                    String what = path + " " + form.id() + " " + field + " #" + i;
                    if (i == perSlot - 1) { // the field left out
                        values.remove(field);
                        body = FormSession.encode(withButton(values, button, form.id(), null));
                        what += " (left out)";
                    } else if (i == perSlot - 2 && button != null) { // made-up AJAX ids
                        String bogus = BOGUS_IDS.get(round % BOGUS_IDS.size());
                        body = FormSession.encode(withButton(values, button, form.id(), bogus));
                        what += " (partial ids " + bogus + ")";
                    } else {
                        String value = BadValues.value(valueIndex(perSlot, i), random);
                        values.put(field, value);
                        body = FormSession.encode(withButton(values, button, form.id(), null));
                        if (value.equals(BadValues.MALFORMED_ESCAPE)) { // sent as it is, not encoded
                            body = body.replace(
                                    FormSession.encode(field) + "=" + FormSession.encode(value),
                                    FormSession.encode(field) + "=" + value);
                        }
                    }
                    Answer answer = target.session().post(pagePath, body, button != null);
                    record(answer, what);
                    form = nextForm(target, form, answer);
                }
            }
        }
    }

    /** Which bad value the i-th input of a field or parameter gets. */
    private int valueIndex(int perSlot, int i) {
        int slot = slotsDone.getAndIncrement();
        return perSlot >= BadValues.FIXED.size() ? i : (slot * perSlot + i) % BadValues.FIXED.size();
    }

    /** The form to post next: the same view with the view state the answer handed out, or the page afresh. */
    private Form nextForm(Target target, Form form, Answer answer) {
        String viewState = FormSession.viewStateIn(answer.body());
        if (viewState != null && answer.status() == 200) {
            Map<String, String> fields = new LinkedHashMap<>(form.fields());
            fields.put("jakarta.faces.ViewState", viewState);
            return new Form(form.id(), fields, form.buttons());
        }
        Form again =
                FormSession.forms(target.session().get(target.path()).body()).get(form.id());
        return again == null ? form : again;
    }

    /** The form's values, empty text fields filled in as a person would, so that the post reaches the boundary. */
    private Map<String, String> plausible(Form form) {
        Map<String, String> values = new LinkedHashMap<>(form.fields());
        String unique = Long.toString(System.nanoTime(), 36);
        values.replaceAll((name, value) -> {
            if (!value.isEmpty()) {
                return value;
            }
            String lower = name.toLowerCase();
            if (lower.contains("mail")) {
                return "fuzz-" + unique + "@example.com";
            }
            if (lower.contains("name") || lower.contains("subject") || lower.contains("message")) {
                return "Fuzz " + unique;
            }
            return value;
        });
        return values;
    }

    private static Map<String, String> withButton(Map<String, String> values, String button, String form, String ids) {
        Map<String, String> posted = new LinkedHashMap<>(values);
        posted.put(form + "_SUBMIT", "1");
        if (button != null) {
            posted.put("jakarta.faces.partial.ajax", "true");
            posted.put("jakarta.faces.source", ids == null ? button : ids);
            posted.put(button, button);
            posted.put("jakarta.faces.partial.execute", ids == null ? form : ids);
            posted.put("jakarta.faces.partial.render", ids == null ? form : ids);
        }
        return posted;
    }

    private void record(Answer answer, String what) {
        inputs.incrementAndGet();
        String kind = kindOf(answer);
        answers.merge(kind, 1, Integer::sum);
        if (kind.equals("accepted")) {
            accepted.incrementAndGet();
        }
        check(answer, what);
    }

    private void check(Answer answer, String what) {
        // Staff › Outbox shows each mail's last delivery error (a relay's exception message, no stack): data
        String body = OUTBOX_ERROR.matcher(answer.body()).replaceAll("");
        Matcher error = BadInputIT.SERVER_ERROR.matcher(body);
        if (answer.status() >= 500) {
            serverErrors.incrementAndGet();
            failures.add("HTTP " + answer.status() + ": " + what);
        } else if (error.find()) {
            failures.add("error page or stack trace: " + what + " near: "
                    + body.substring(Math.max(0, error.start() - 150), Math.min(body.length(), error.end() + 80))
                            .replace('\n', ' '));
        } else if (UNESCAPED.matcher(answer.body()).find()) {
            failures.add("script rendered unescaped: " + what);
        }
    }

    private static String kindOf(Answer answer) {
        String body = answer.body();
        if (answer.status() >= 500) {
            return "HTTP " + answer.status();
        } else if (answer.status() == 400) {
            return "400 page";
        } else if (body.contains("id=\"error-403\"") || answer.status() == 403) {
            return "refused (403)";
        } else if (body.contains("id=\"error-404\"") || answer.status() == 404) {
            return "not found (404)";
        } else if (body.contains("cc-expired-notice")) {
            return "page expired";
        } else if (body.contains("ui-message-error") || body.contains("ui-messages-error")) {
            return "refused with a message";
        } else if (answer.uri().getPath().endsWith("/login.xhtml")) {
            return "sign-in asked";
        }
        return "accepted";
    }

    private static Map<String, Long> rowCounts() {
        Map<?, ?> counts = Fixtures.postForJson("public/it-fixtures/row-counts", Map.class);
        Map<String, Long> rows = new TreeMap<>();
        counts.forEach((table, count) -> rows.put(table.toString(), ((Number) count).longValue()));
        return rows;
    }

    /** The bad values: a fixed list of the known kinds first, then generated ones from the seeded random. */
    static final class BadValues {

        static final String MALFORMED_ESCAPE = "%zz";

        static final List<String> FIXED = List.of(
                MALFORMED_ESCAPE,
                "x".repeat(5_000),
                "\u0000\u0001\u0008\u001b\u007f",
                SCRIPT,
                IMAGE,
                "' OR '1'='1' --",
                "'; DROP TABLE app_user; --",
                "-1",
                "0",
                "99999999999999999999999",
                "-9223372036854775809",
                "1e309",
                "NaN",
                "Ωмир 𝄞 ￿ \uD800",
                "",
                "   ",
                "typo@example..com",
                "../../WEB-INF/web.xml",
                "${7*7}#{7*7}",
                "\r\nSet-Cookie: x=1",
                "%");

        /**
         * What generated values are made of: characters a browser's form may send. The characters the 400 filter
         * refuses (NUL) come only in cases of their own ({@link #REFUSED_BY_THE_FILTER}), so that most generated
         * values get past the filter to the pages' own validation.
         */
        private static final String ALPHABET = "aZ9 '\"<>&%;:/\\@.,-_\n\tйçã€𝄞";

        /** One generated value in this many holds a NUL, which the 400 filter refuses before any page. */
        private static final int REFUSED_BY_THE_FILTER = 25;

        static String value(int index, Random random) {
            if (index < FIXED.size()) {
                return FIXED.get(index);
            }
            if (random.nextInt(REFUSED_BY_THE_FILTER) == 0) {
                return generated(random).insert(0, '\u0000').toString();
            }
            return generated(random).toString();
        }

        private static StringBuilder generated(Random random) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(4) == 0 ? 300 + random.nextInt(3_000) : random.nextInt(40);
            for (int i = 0; i < length; i++) {
                value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (random.nextInt(5) == 0) {
                value.insert(random.nextInt(value.length() + 1), SCRIPT);
            }
            return value;
        }

        /** As sent in an address: encoded, except the malformed escapes, which are the point. */
        static String rawForAddress(String value) {
            return value.equals(MALFORMED_ESCAPE) || value.equals("%") ? value : FormSession.encode(value);
        }
    }
}
