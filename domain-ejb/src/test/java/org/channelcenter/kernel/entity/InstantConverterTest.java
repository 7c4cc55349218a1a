package org.channelcenter.kernel.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();
    private final TimeZone hostZone = TimeZone.getDefault();

    @AfterEach
    void restoreHostZone() {
        TimeZone.setDefault(hostZone);
    }

    @Test
    void instantSurvivesARoundTripToTheNanosecond() {
        Instant instant = Instant.parse("2026-01-01T00:00:00.123456789Z");

        Timestamp column = converter.convertToDatabaseColumn(instant);

        assertEquals(instant, converter.convertToEntityAttribute(column));
    }

    @Test
    void theColumnHoldsTheUtcDateAndTimeWhateverTheHostsZone() {
        Instant instant = Instant.parse("2026-07-01T12:30:00Z");
        for (String zone : new String[] {"UTC", "America/Sao_Paulo", "Asia/Kolkata", "Pacific/Auckland"}) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));

            Timestamp column = converter.convertToDatabaseColumn(instant);

            // what a driver writes: the date and time the Timestamp shows in the JVM's zone
            assertEquals(LocalDateTime.parse("2026-07-01T12:30:00"), column.toLocalDateTime(), zone);
            assertEquals(instant, converter.convertToEntityAttribute(column), zone);
        }
    }

    @Test
    void nullStaysNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
