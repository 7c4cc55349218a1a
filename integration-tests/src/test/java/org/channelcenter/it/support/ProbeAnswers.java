package org.channelcenter.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;

/**
 * What a {@link SignedInProbe} answered ({@code result=ok|refused|denied}, {@code reason}), asserted with the whole
 * answer in the failure message; and the small conversions the probe tests share.
 */
public final class ProbeAnswers {

    private ProbeAnswers() {}

    public static void assertOk(Properties answer) {
        assertEquals("ok", answer.getProperty("result"), answer.toString());
    }

    /** Refused by the container or the boundary's role check (no domain reason). */
    public static void assertDenied(Properties answer) {
        assertEquals("denied", answer.getProperty("result"), answer.toString());
    }

    /** Refused by the domain, for {@code reason}. */
    public static void assertRefused(String reason, Properties answer) {
        assertRefused(reason, answer, answer.toString());
    }

    public static void assertRefused(String reason, Properties answer, String why) {
        assertEquals("refused", answer.getProperty("result"), why + " " + answer);
        assertEquals(reason, answer.getProperty("reason"), why + " " + answer);
    }

    /** The organization's id as a request parameter. */
    public static String id(Fixtures.Created organization) {
        return Long.toString(organization.organizationId());
    }

    /** The directory domain of a sign-in name. */
    public static String domainOf(String login) {
        return login.substring(login.indexOf('@') + 1);
    }
}
