package org.channelcenter.it.support;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A QA run against a distributor's own server (the {@code qa} profile): where the portal is and whom the tests
 * sign in as, instead of the organizations the test-only fixtures would make. System properties:
 * <ul>
 * <li>{@code qa.baseUrl}: the portal's address, e.g. {@code https://portal.example.com/} (set: this is a QA run)</li>
 * <li>{@code qa.password}: the password of every given sign-in</li>
 * <li>{@code qa.signIns}: {@code KIND/ROLES=sign-in} entries separated by {@code ;}, one for each kind of
 * organization and roles a tagged test asks {@link Fixtures#organization} for, e.g.
 * {@code OPERATOR/STAFF=staff@operator.example;RESELLER/GLOBAL_ADMIN,ADMIN_AGENT=admin@reseller.example}</li>
 * </ul>
 * Only tests tagged {@code qa} run this way: they need no test-only servlet and leave nothing behind that a
 * second run would trip over.
 */
public final class QaSignIns {

    static final String BASE_URL = "qa.baseUrl";
    static final String PASSWORD = "qa.password";
    static final String SIGN_INS = "qa.signIns";

    private QaSignIns() {}

    public static boolean active() {
        String baseUrl = System.getProperty(BASE_URL);
        return baseUrl != null && !baseUrl.isBlank();
    }

    /** The portal's address, ending in a slash. */
    static String baseUrl() {
        String baseUrl = System.getProperty(BASE_URL).strip();
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    static String password() {
        String password = System.getProperty(PASSWORD);
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("a QA run needs -D" + PASSWORD + "=<the password of the given sign-ins>");
        }
        return password;
    }

    /**
     * The given sign-in for that kind of organization and roles (comma-separated, in any order); its organization's id
     * is unknown to the test (-1), which is why only tests that do not need it are tagged {@code qa}.
     */
    static Fixtures.Created signIn(String kind, String roles) {
        Map<String, String> given = given();
        String login = given.get(key(kind, roles));
        if (login == null) {
            throw new IllegalStateException(
                    "no QA sign-in for " + key(kind, roles) + " in -D" + SIGN_INS + " (given: " + given.keySet() + ")");
        }
        return new Fixtures.Created(login, -1);
    }

    private static Map<String, String> given() {
        Map<String, String> given = new TreeMap<>();
        for (String entry : System.getProperty(SIGN_INS, "").split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] keyAndLogin = entry.split("=", 2);
            String[] kindAndRoles = keyAndLogin[0].strip().split("/", 2);
            if (keyAndLogin.length != 2 || kindAndRoles.length != 2) {
                throw new IllegalStateException("-D" + SIGN_INS + " entry not KIND/ROLES=sign-in: " + entry);
            }
            given.put(key(kindAndRoles[0], kindAndRoles[1]), keyAndLogin[1].strip());
        }
        return given;
    }

    private static String key(String kind, String roles) {
        return kind.strip() + "/"
                + Arrays.stream(roles.split(",")).map(String::strip).sorted().collect(Collectors.joining(","));
    }
}
