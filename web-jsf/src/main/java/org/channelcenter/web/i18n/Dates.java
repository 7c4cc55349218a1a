package org.channelcenter.web.i18n;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.channelcenter.directory.boundary.Callers;
import org.channelcenter.kernel.boundary.Caller;

/**
 * Dates and times as every page shows them ({@code #{dates.dateTime(row.sentAt())}}): one localized format in the
 * page's language, in the reader's time zone (issue 16, point 7). The zone is the one the user chose in the profile;
 * without a choice, the browser's (which {@code time-zone.js} keeps in the {@link #BROWSER_ZONE_COOKIE} cookie);
 * without either (the very first page of a browser), UTC. Mails keep UTC: their reader's zone is unknown.
 */
@Named
@RequestScoped
public class Dates {

    /** The cookie in which the browser's script names its IANA time zone. */
    public static final String BROWSER_ZONE_COOKIE = "cc-tz";

    @Inject
    LanguageSelection language;

    @EJB
    Callers callers;

    private ZoneId zone;

    public String date(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    /** A calendar day (e.g. the day a price takes effect), in the page's language; it has no time zone. */
    public String day(java.time.LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(language.getLocale())
                        .format(day);
    }

    public String dateTime(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    /** The zone the dates of this request are shown in (read once per request). */
    public ZoneId getZone() {
        if (zone == null) {
            zone = callers.current()
                    .map(Caller::timeZone)
                    .filter(Objects::nonNull)
                    .or(Dates::browserZone)
                    .orElse(ZoneOffset.UTC);
        }
        return zone;
    }

    /** The browser's zone as its script reported it; nothing for a missing, unknown or garbled cookie. */
    public static Optional<ZoneId> browserZone() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !(faces.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return Optional.empty();
        }
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Stream.of(cookies)
                        .filter(cookie -> BROWSER_ZONE_COOKIE.equals(cookie.getName()))
                        .map(Cookie::getValue)
                        .map(Dates::zoneOf)
                        .flatMap(Optional::stream)
                        .findFirst();
    }

    private static Optional<ZoneId> zoneOf(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(java.net.URLDecoder.decode(id, java.nio.charset.StandardCharsets.UTF_8)));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String format(Instant instant, DateTimeFormatter formatter) {
        return instant == null
                ? ""
                : formatter.withLocale(language.getLocale()).withZone(getZone()).format(instant);
    }
}
