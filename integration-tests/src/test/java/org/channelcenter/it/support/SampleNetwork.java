package org.channelcenter.it.support;

/**
 * The provider–reseller–customer network most tests start from, built in one call ({@link SampleNetworkFixtureServlet},
 * one transaction): a provider and a reseller whose first users ({@code admin@...}) are GLOBAL_ADMIN and
 * ADMIN_AGENT, an active partnership between them, and a customer (first user GLOBAL_ADMIN) with an active
 * relationship to each of them, the reseller being its reseller of record. Extra users are helpdesk agents
 * {@code user1@...}, {@code user2@...}. Every user's password is {@link Fixtures#PASSWORD}; every call makes new
 * organizations, so tests never share one.
 *
 * @param partnershipId the provider–reseller partnership
 * @param resellerRelationshipId the customer's relationship with the reseller
 * @param providerRelationshipId the customer's relationship with the provider (through the reseller)
 */
public record SampleNetwork(
        Fixtures.Created provider,
        Fixtures.Created reseller,
        Fixtures.Created customer,
        long partnershipId,
        long resellerRelationshipId,
        long providerRelationshipId) {

    static final String PATH = "public/it-fixtures/sample-network";

    /** The network with no users besides each organization's first. */
    public static SampleNetwork create() {
        return withHelpdeskUsers(0, 0, 0);
    }

    /** The network with that many extra helpdesk agents in the provider, the reseller and the customer. */
    public static SampleNetwork withHelpdeskUsers(int provider, int reseller, int customer) {
        return Fixtures.postForJson(
                PATH,
                SampleNetwork.class,
                "providerUsers",
                Integer.toString(provider),
                "resellerUsers",
                Integer.toString(reseller),
                "customerUsers",
                Integer.toString(customer),
                "password",
                Fixtures.PASSWORD);
    }

    /** The sign-in name of the organization's n-th extra user (a helpdesk agent), as {@link #withHelpdeskUsers} made it. */
    public static String helpdeskUser(Fixtures.Created organization, int n) {
        return "user" + n + "@"
                + organization.login().substring(organization.login().indexOf('@') + 1);
    }
}
