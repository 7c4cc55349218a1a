package org.channelcenter.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.channelcenter.kernel.entity.Role;
import org.junit.jupiter.api.Test;

class RoleSetConverterTest {

    private final RoleSetConverter converter = new RoleSetConverter();

    @Test
    void rolesSurviveARoundTrip() {
        Set<Role> roles = EnumSet.of(Role.GLOBAL_ADMIN, Role.HELPDESK_AGENT);

        assertEquals(roles, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(roles)));
    }

    @Test
    void columnListsRolesInDeclarationOrder() {
        Set<Role> unordered = new LinkedHashSet<>(List.of(Role.STAFF, Role.SALES_AGENT, Role.GLOBAL_ADMIN));

        assertEquals("GLOBAL_ADMIN,SALES_AGENT,STAFF", converter.convertToDatabaseColumn(unordered));
    }

    @Test
    void noRolesIsAnEmptyColumn() {
        assertEquals("", converter.convertToDatabaseColumn(EnumSet.noneOf(Role.class)));
        assertEquals("", converter.convertToDatabaseColumn(null));
    }

    @Test
    void emptyOrMissingColumnIsNoRoles() {
        assertTrue(converter.convertToEntityAttribute("").isEmpty());
        assertTrue(converter.convertToEntityAttribute("  ").isEmpty());
        assertTrue(converter.convertToEntityAttribute(null).isEmpty());
    }

    @Test
    void spacesAroundNamesAreIgnored() {
        assertEquals(
                EnumSet.of(Role.ADMIN_AGENT, Role.STAFF), converter.convertToEntityAttribute("ADMIN_AGENT , STAFF"));
    }
}
