package org.channelcenter.kernel.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void instantSurvivesARoundTripToTheNanosecond() {
        Instant instant = Instant.parse("2026-01-01T00:00:00.123456789Z");

        Timestamp column = converter.convertToDatabaseColumn(instant);

        assertEquals(instant.toEpochMilli(), column.getTime());
        assertEquals(instant, converter.convertToEntityAttribute(column));
    }

    @Test
    void nullStaysNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
