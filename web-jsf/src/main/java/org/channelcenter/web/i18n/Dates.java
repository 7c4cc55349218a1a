package org.channelcenter.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times in the page's language ({@code #{dates.date(row.startedAt())}}), in UTC like the mails. */
@Named
@RequestScoped
public class Dates {

    @Inject
    LanguageSelection language;

    public String date(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    public String dateTime(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    private String format(Instant instant, DateTimeFormatter formatter) {
        return instant == null
                ? ""
                : formatter
                        .withLocale(language.getLocale())
                        .withZone(ZoneOffset.UTC)
                        .format(instant);
    }
}
