package org.channelcenter.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a {@link SignedInProbe} answered (its outcome ok, refused or denied, and the refusal's reason), asserted with the whole
 * answer in the failure message; and the small conversions the probe tests share.
 */
public final class ProbeAnswers {

    private ProbeAnswers() {}

    public static void assertOk(ProbeAnswer answer) {
        assertEquals(ProbeAnswer.OK, answer.outcome(), answer.toString());
    }

    /** Refused by the container or the boundary's role check (no domain reason). */
    public static void assertDenied(ProbeAnswer answer) {
        assertEquals("denied", answer.outcome(), answer.toString());
    }

    /** Refused by the domain, for {@code reason}. */
    public static void assertRefused(String reason, ProbeAnswer answer) {
        assertRefused(reason, answer, answer.toString());
    }

    public static void assertRefused(String reason, ProbeAnswer answer, String why) {
        assertEquals("refused", answer.outcome(), why + " " + answer);
        assertEquals(reason, answer.reason(), why + " " + answer);
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
