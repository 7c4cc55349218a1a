package org.channelcenter.kernel.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a SQL TIMESTAMP holding its UTC date and time, on Derby and PostgreSQL alike,
 * whatever the host's time zone. JPA 3.1 (EclipseLink 4.0) has no built-in mapping for Instant and would otherwise
 * serialize it into a byte array.
 *
 * <p>A driver writes a {@link Timestamp} as the date and time it shows in the JVM's zone, so
 * {@code Timestamp.from(instant)} would store local time: a server in São Paulo and one in UTC would write the
 * same moment three hours apart, and a database moved between hosts would shift. The Timestamp made here shows
 * the UTC date and time instead, which is what the column receives; reading undoes the same. (In the one hour a
 * year that a daylight-saving host skips, the JVM cannot show such a time and the driver stores it an hour later:
 * run servers in a zone without daylight saving, such as UTC, to avoid even that.)
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return toColumn(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return fromColumn(timestamp);
    }

    /** The value to bind for a TIMESTAMP column in native SQL, as the mapped attributes store it. */
    public static Timestamp toColumn(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The instant a TIMESTAMP column read with plain JDBC holds. */
    public static Instant fromColumn(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
