package org.channelcenter.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.EnumSet;
import org.channelcenter.kernel.entity.Role;
import org.junit.jupiter.api.Test;

class UserAccountBuilderTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Organization org =
            OrganizationBuilder.reseller().domainPrefix("fabrikam").build("test.example", NOW);

    @Test
    void contactEmailDefaultsToUserAtDirectoryDomain() {
        UserAccount user = UserAccountBuilder.user("alice").build(org, NOW);

        assertEquals("alice@fabrikam.test.example", user.getEmail());
        assertEquals("alice@fabrikam.test.example", user.getLoginName());
    }

    @Test
    void displayNameDefaultsToCapitalizedUserName() {
        assertEquals("Alice", UserAccountBuilder.user("alice").build(org, NOW).getDisplayName());
    }

    @Test
    void explicitValuesAreUsed() {
        UserAccount user = UserAccountBuilder.user("bob")
                .displayName("Robert")
                .email("bob@mail.example")
                .roles(Role.ADMIN_AGENT, Role.SALES_AGENT)
                .build(org, NOW);

        assertEquals("Robert", user.getDisplayName());
        assertEquals("bob@mail.example", user.getEmail());
        assertEquals(EnumSet.of(Role.ADMIN_AGENT, Role.SALES_AGENT), user.getRoles());
    }
}
