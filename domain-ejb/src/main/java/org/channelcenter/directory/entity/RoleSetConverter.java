package org.channelcenter.directory.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.channelcenter.kernel.entity.Role;

/**
 * Stores a user's roles as one comma-separated column: a user is always read with its roles (sign-in,
 * every boundary call), so a join table would only add a query per user.
 */
@Converter
public class RoleSetConverter implements AttributeConverter<Set<Role>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Role> roles) {
        return roles == null ? "" : roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Role> convertToEntityAttribute(String column) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(String::trim)
                    .map(Role::valueOf)
                    .forEach(roles::add);
        }
        return roles;
    }
}
