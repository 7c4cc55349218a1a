package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.FormSession;
import org.channelcenter.it.support.FormSession.Answer;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, point 5: nothing a client can send gets an error page. Each kind of input that did (a malformed
 * percent-escape anywhere, a sign-in posted after its session ended or without its password, values the page let
 * through and the boundary refused, fields left out, bogus partial ids) gets a localized answer, at the field where
 * there is one, and writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    /** What the generic error page and a stack trace look like; neither may ever be in an answer. */
    static final Pattern SERVER_ERROR = Pattern.compile("id=\"error-500\"|\\bat [a-z][\\w$]*\\.[\\w.$]+\\(|Exception:");

    private static final Map<String, String> BAD_REQUEST_TITLES = Map.of(
            "en", "Request not understood", "pt-BR", "Solicitação não compreendida", "ru", "Запрос не распознан");

    private static final Map<String, String> WRONG_CHOICE = Map.of(
            "en", "choose one of the options offered",
            "pt-BR", "escolha uma das opções oferecidas",
            "ru", "выберите один из предложенных вариантов");

    private static final Map<String, String> SIGN_IN_AGAIN = Map.of(
            "en", "Sign in again.",
            "pt-BR", "Entre novamente.",
            "ru", "Войдите снова.");

    @Test
    void aMalformedPercentEscapeInAnyAddressIsTheBadRequestPageInTheReadersLanguage() {
        SampleNetwork network = SampleNetwork.create();
        for (String language : BAD_REQUEST_TITLES.keySet()) {
            FormSession anonymous = FormSession.anonymous(language);
            for (String address : List.of(
                    "login.xhtml?x=%zz",
                    "login.xhtml?%zz=1",
                    "public/enroll.xhtml?step=%zz",
                    "public/set-password.xhtml?token=%zz",
                    "public/verify-contact.xhtml?token=a%zzb",
                    "public/customer-invitation.xhtml?token=%zz%zz")) {
                assertBadRequest(anonymous.rawGet(address), language, address);
            }
        }
        FormSession reseller = FormSession.signedIn(network.reseller().login(), Fixtures.PASSWORD);
        for (String address : List.of(
                "customer/customers.xhtml?x=%zz",
                "customer/customer.xhtml?customer=%zz",
                "commerce/order.xhtml?customer=" + network.customer().organizationId() + "%zz",
                "directory/users.xhtml?%zz")) {
            assertBadRequest(reseller.rawGet(address), "en", address);
        }
    }

    @Test
    void aMalformedPercentEscapeOrAForgedViewStateInAPostedFormIsTheBadRequestPage() {
        for (String language : BAD_REQUEST_TITLES.keySet()) {
            FormSession session = FormSession.anonymous(language);
            Map<String, String> form = signInForm(session);
            form.put("loginForm:password", "x");
            String body = FormSession.encode(form).replace("loginForm%3Ausername=", "loginForm%3Ausername=a%zz");
            assertBadRequest(session.post("login.xhtml", body, false), language, "sign-in with %zz");

            form = signInForm(session);
            form.put("jakarta.faces.ViewState", "not\na view state");
            assertBadRequest(
                    session.post("login.xhtml", FormSession.encode(form), false), language, "forged view state");
        }
    }

    @Test
    void aSignInPostedAfterItsSessionEndedSaysToSignInAgainInTheReadersLanguage() {
        SampleNetwork network = SampleNetwork.create();
        for (String language : SIGN_IN_AGAIN.keySet()) {
            Map<String, String> form = signInForm(FormSession.anonymous(language));
            form.put("loginForm:username", network.reseller().login());
            form.put("loginForm:password", Fixtures.PASSWORD);
            // another session: the one that rendered the form is gone, as after a timeout or a server restart
            FormSession later = FormSession.anonymous(language);
            Answer answer = later.post("login.xhtml", FormSession.encode(form), false);
            assertEquals(200, answer.status(), language);
            assertNoServerError(answer, "expired sign-in " + language);
            assertTrue(
                    answer.uri().getPath().endsWith("/login.xhtml"),
                    answer.uri().toString());
            assertTrue(answer.body().contains("cc-expired-notice"), language);
            assertTrue(answer.body().contains(SIGN_IN_AGAIN.get(language)), language + ": " + answer.body());
        }
    }

    @Test
    void aSignInPostWithoutItsPasswordOrUserNameIsAnsweredAtThatField() {
        FormSession session = FormSession.anonymous("en");
        Map<String, String> form = signInForm(session);
        form.put("loginForm:username", "someone@example.com");
        form.remove("loginForm:password");
        Answer answer = session.post("login.xhtml", FormSession.encode(form), false);
        assertEquals(200, answer.status());
        assertNoServerError(answer, "sign-in without password");
        assertTrue(errorAt(answer.body(), "loginForm:passwordMessage").contains("Enter your password."), answer.body());

        form = signInForm(session);
        form.remove("loginForm:username");
        form.put("loginForm:password", "x");
        answer = session.post("login.xhtml", FormSession.encode(form), false);
        assertNoServerError(answer, "sign-in without user name");
        assertTrue(errorAt(answer.body(), "loginForm:usernameMessage").contains("Enter your user name."));
    }

    @Test
    void addUserWithAnAddressOrFieldsTheBoundaryRefusesIsRefusedOnThePageAndAddsNobody() {
        SampleNetwork network = SampleNetwork.create();
        String admin = network.reseller().login();
        FormSession session = FormSession.signedIn(admin, Fixtures.PASSWORD);
        int before = usersOf(admin);

        Map<String, String> add = addUserForm(session);
        add.put("addUserForm:email", "typo@example..com");
        Answer answer = session.post("directory/users.xhtml", FormSession.encode(add), true);
        assertNoServerError(answer, "typo@example..com");
        assertTrue(
                errorAt(answer.body(), "addUserForm:emailMessage").contains("Enter a valid email address"),
                answer.body());

        for (String leftOut : List.of("addUserForm:email", "addUserForm:displayName", "addUserForm:userName")) {
            add = addUserForm(session);
            add.remove(leftOut);
            answer = session.post("directory/users.xhtml", FormSession.encode(add), true);
            assertNoServerError(answer, "without " + leftOut);
            assertTrue(
                    answer.body().contains("ui-message-error") || answer.body().contains("ui-messages-error"),
                    leftOut + " left out: " + answer.body());
        }
        assertEquals(before, usersOf(admin), "nobody added");

        // the page's rule is the boundary's: what the page accepts, the boundary adds
        add = addUserForm(session);
        add.put("addUserForm:email", "ana.maria+sales@mail.example.com");
        answer = session.post("directory/users.xhtml", FormSession.encode(add), true);
        assertNoServerError(answer, "valid address");
        assertEquals(before + 1, usersOf(admin), answer.body());
    }

    @Test
    void anEmptyLanguageOnTheInvitationDraftIsRefusedAtTheLanguageFieldInTheReadersLanguage() {
        SampleNetwork network = SampleNetwork.create();
        FormSession session = FormSession.signedIn(network.provider().login(), Fixtures.PASSWORD);
        Answer page = session.get("partnership/invite-reseller.xhtml");
        Map<String, String> form = new LinkedHashMap<>(
                FormSession.forms(page.body()).get("inviteForm").fields());
        form.put("inviteForm:recipientEmail", "new-reseller@example.com");
        form.put("inviteForm:language_input", "");
        form.putAll(ajax("inviteForm:next", "inviteForm"));
        Answer answer = session.post("partnership/invite-reseller.xhtml", FormSession.encode(form), true);
        assertNoServerError(answer, "empty language");
        assertTrue(
                errorAt(answer.body(), "inviteForm:languageMessage").contains("Choose the language of the email."),
                answer.body());
        assertFalse(answer.body().contains("inviteForm:draft"), "no draft, no invitation");
    }

    @Test
    void aJunkValueInAnEnumFilterIsAWrongChoiceAtTheFieldInTheReadersLanguage() {
        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        for (Map.Entry<String, String> language : WRONG_CHOICE.entrySet()) {
            FormSession session = FormSession.signedIn(staff.login(), Fixtures.PASSWORD, language.getKey());
            for (String junk : List.of("NO_SUCH_ACTION", "sign_in_failed", "%3Cscript%3E")) {
                Map<String, String> audit = new LinkedHashMap<>(
                        FormSession.forms(session.get("staff/audit.xhtml").body())
                                .get("auditForm")
                                .fields());
                audit.put("auditForm:action_input", junk);
                audit.putAll(ajax("auditForm:applyFilters", "auditForm:filters auditForm:events"));
                audit.put("jakarta.faces.partial.execute", "auditForm:filters");
                Answer answer = session.post("staff/audit.xhtml", FormSession.encode(audit), true);
                assertWrongChoice(answer, "auditForm:actionMessage", language, "audit action " + junk);

                Map<String, String> outbox = new LinkedHashMap<>(
                        FormSession.forms(session.get("staff/outbox.xhtml").body())
                                .get("outboxForm")
                                .fields());
                String status = "outboxForm:mails:statusFilter";
                outbox.put(status + "_input", junk);
                outbox.putAll(ajax(status, "outboxForm:mails:statusMessage"));
                outbox.put("jakarta.faces.partial.execute", status);
                outbox.put("jakarta.faces.behavior.event", "change");
                outbox.put("jakarta.faces.partial.event", "change");
                answer = session.post("staff/outbox.xhtml", FormSession.encode(outbox), true);
                assertWrongChoice(answer, "outboxForm:mails:statusMessage", language, "outbox status " + junk);
            }
        }
    }

    private static void assertWrongChoice(
            Answer answer, String messageId, Map.Entry<String, String> language, String what) {
        assertNoServerError(answer, what);
        assertFalse(answer.body().contains("convertible"), what + ": English from Faces itself\n" + answer.body());
        assertTrue(
                errorAt(answer.body(), messageId).contains(language.getValue()),
                what + " (" + language.getKey() + "): at the field\n" + answer.body());
    }

    @Test
    void bogusPartialIdsAreNoServerError() {
        SampleNetwork network = SampleNetwork.create();
        FormSession session = FormSession.signedIn(network.reseller().login(), Fixtures.PASSWORD);
        for (String bogus : List.of("nonsense", "@nonsense", "usersForm:nonsense", "@(#no-such)", "a:b:c:d", ":")) {
            for (String parameter :
                    List.of("jakarta.faces.partial.execute", "jakarta.faces.partial.render", "jakarta.faces.source")) {
                Map<String, String> add = addUserForm(session);
                add.put(parameter, bogus);
                Answer answer = session.post("directory/users.xhtml", FormSession.encode(add), true);
                assertTrue(answer.status() < 500, parameter + "=" + bogus + ": " + answer.status());
                assertNoServerError(answer, parameter + "=" + bogus);
            }
        }
    }

    private static int usersOf(String admin) {
        return Fixtures.probe("public/it-probe/users", admin, "users").values().size();
    }

    private static Map<String, String> signInForm(FormSession session) {
        Map<String, String> form =
                new LinkedHashMap<>(FormSession.forms(session.get("login.xhtml").body())
                        .get("loginForm")
                        .fields());
        form.put("loginForm:signIn", "");
        return form;
    }

    /** The Add user dialog's form filled in as a person would, posted by its Save button. */
    private static Map<String, String> addUserForm(FormSession session) {
        Map<String, String> form = new LinkedHashMap<>(
                FormSession.forms(session.get("directory/users.xhtml").body())
                        .get("addUserForm")
                        .fields());
        String name = "u" + Long.toString(System.nanoTime(), 36);
        form.put("addUserForm:displayName", "Bad Input " + name);
        form.put("addUserForm:userName", name);
        form.put("addUserForm:email", name + "@example.com");
        form.put("addUserForm:helpdeskAgent_input", "on");
        form.putAll(ajax("addUserForm:save", "addUserForm messages"));
        return form;
    }

    /** PrimeFaces' AJAX parameters for a button that processes and updates its form. */
    static Map<String, String> ajax(String button, String form) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("jakarta.faces.partial.ajax", "true");
        parameters.put("jakarta.faces.source", button);
        parameters.put(button, button);
        parameters.put("jakarta.faces.partial.execute", "@all");
        parameters.put("jakarta.faces.partial.render", form);
        return parameters;
    }

    /** The text of the message component with that client id. */
    private static String errorAt(String body, String messageId) {
        int at = body.indexOf("id=\"" + messageId + "\"");
        if (at < 0) {
            return "";
        }
        String rest = body.substring(at, Math.min(body.length(), at + 1500));
        return rest.contains("ui-message-error") ? rest : "";
    }

    private static void assertBadRequest(Answer answer, String language, String what) {
        assertEquals(400, answer.status(), what + " (" + language + ")");
        assertTrue(
                answer.body().contains(BAD_REQUEST_TITLES.get(language)),
                what + " (" + language + "): " + answer.body());
        assertNoServerError(answer, what);
    }

    static void assertNoServerError(Answer answer, String what) {
        assertTrue(answer.status() < 500, what + ": HTTP " + answer.status());
        assertFalse(SERVER_ERROR.matcher(answer.body()).find(), what + ": " + answer.body());
    }
}
