package org.channelcenter.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.junit.jupiter.api.Test;

class OrganizationBuilderTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void randomPrefixDiffersBetweenTwoBuilds() {
        OrganizationBuilder builder = OrganizationBuilder.reseller().named("Fabrikam");

        String first = builder.build("test.example", NOW).getDirectoryDomain();
        String second = builder.build("test.example", NOW).getDirectoryDomain();

        assertNotEquals(first, second);
        assertTrue(first.matches("fabrikam-[0-9a-f]{8}\\.test\\.example"), first);
    }

    @Test
    void explicitPrefixIsUsedAsIs() {
        Organization org = OrganizationBuilder.provider()
                .domainPrefix("contoso")
                .country("br")
                .build("test.example", NOW);

        assertEquals("contoso.test.example", org.getDirectoryDomain());
        assertEquals(OrganizationKind.PROVIDER, org.getKind());
        assertEquals("BR", org.getCountryCode());
    }

    @Test
    void slugStripsAccentsAndKeepsOnlyLettersDigitsAndDashes() {
        String slug = OrganizationBuilder.slug("Fabrikam Revenda São Paulo");

        assertEquals("fabrikam-revenda-sao-paulo", slug);
        assertTrue(slug.matches("[a-z0-9-]+"));
    }

    @Test
    void slugHasNoLeadingOrTrailingDash() {
        assertEquals("acme-co", OrganizationBuilder.slug("  (Acme & Co.)  "));
    }

    @Test
    void slugOfNothingUsableIsOrg() {
        assertEquals("org", OrganizationBuilder.slug("Русский"));
    }

    @Test
    void slugIsAtMostFortyCharacters() {
        assertEquals(40, OrganizationBuilder.slug("a".repeat(60)).length());
    }

    @Test
    void slugCutToLengthDoesNotEndWithADash() {
        assertEquals("a".repeat(39), OrganizationBuilder.slug("a".repeat(39) + " b"));
    }
}
