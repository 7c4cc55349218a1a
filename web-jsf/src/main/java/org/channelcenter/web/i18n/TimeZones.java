package org.channelcenter.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time zones a user may choose in the profile: the JDK's region zones (Europe/Moscow, America/Sao_Paulo),
 * ordered by their offset now, labelled "(UTC+03:00) Europe/Moscow · Moscow Time" with the zone's name in the
 * page's language. Computed once per language and day (offsets move with daylight saving).
 */
@Named
@ApplicationScoped
public class TimeZones {

    private static final List<String> REGIONS = List.of(
            "Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/");

    private final Map<Key, List<SelectItem>> choices = new ConcurrentHashMap<>();

    /** Every zone as a choice, for the page's language. */
    public List<SelectItem> choices(Locale language) {
        return choices.computeIfAbsent(new Key(language, Instant.now().getEpochSecond() / 86_400), TimeZones::computed);
    }

    /** The label of one zone as the choices show it. */
    public static String label(ZoneId zone, Locale language) {
        ZoneOffset offset = zone.getRules().getOffset(Instant.now());
        String utc = offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
        return "(UTC" + utc + ") " + zone.getId().replace('_', ' ') + " · "
                + zone.getDisplayName(TextStyle.FULL, language);
    }

    private static List<SelectItem> computed(Key key) {
        Instant now = Instant.now();
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.equals("UTC") || REGIONS.stream().anyMatch(id::startsWith))
                .map(ZoneId::of)
                .sorted(Comparator.comparing((ZoneId zone) -> zone.getRules().getOffset(now))
                        .reversed()
                        .thenComparing(ZoneId::getId))
                .map(zone -> new SelectItem(zone.getId(), label(zone, key.language())))
                .toList();
    }

    private record Key(Locale language, long day) {}
}
