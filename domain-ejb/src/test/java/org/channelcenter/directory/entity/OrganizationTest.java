package org.channelcenter.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void domainIsLowerCasedAndCountryUpperCased() {
        Organization org = new Organization(OrganizationKind.PROVIDER, " Contoso ", " Contoso.Example ", "br", NOW);

        assertEquals("Contoso", org.getName());
        assertEquals("contoso.example", org.getDirectoryDomain());
        assertEquals("BR", org.getCountryCode());
    }

    @Test
    void newOrganizationIsActive() {
        Organization org = new Organization(OrganizationKind.PROVIDER, "Contoso", "contoso.example", "US", NOW);

        assertEquals(OrganizationStatus.ACTIVE, org.getStatus());
        assertTrue(org.isActive());
        assertEquals(NOW, org.getCreatedAt());
    }

    @Test
    void countryCodeMustBeTwoLetters() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Organization(OrganizationKind.PROVIDER, "Contoso", "contoso.example", "USA", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Organization(OrganizationKind.PROVIDER, "Contoso", "contoso.example", "U", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Organization(OrganizationKind.PROVIDER, "Contoso", "contoso.example", "12", NOW));
    }

    @Test
    void blankNameIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Organization(OrganizationKind.PROVIDER, "  ", "contoso.example", "US", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Organization(OrganizationKind.PROVIDER, null, "contoso.example", "US", NOW));
    }

    @Test
    void blankDomainIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Organization(OrganizationKind.PROVIDER, "Contoso", " ", "US", NOW));
    }
}
