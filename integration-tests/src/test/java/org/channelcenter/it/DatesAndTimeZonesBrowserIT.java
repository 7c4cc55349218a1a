package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.channelcenter.it.pages.AuditLogPage;
import org.channelcenter.it.pages.OutboxPage;
import org.channelcenter.it.pages.ProfilePage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Issue 16, point 7: one localized date-time format everywhere, in the reader's language and time zone. The
 * browser runs in Tokyo (Chrome's emulation) and reads Russian: the Audit log and the Outbox, which showed raw
 * instants ({@code 2026-12-06T07:28:16.613204861Z}), show the time as the Russian format in Tokyo; once the user
 * chooses São Paulo in the profile (reached by the name in the header), in São Paulo; the choice is audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatesAndTimeZonesBrowserIT {

    private static final Pattern RAW_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void datesAreInTheReadersLanguageAndZoneTheBrowsersUntilTheProfileChoosesAnother() {
        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        String target = "tz-" + System.nanoTime();
        Instant at = Instant.parse("2026-03-10T23:30:00Z"); // 11 March in Tokyo, 10 March in São Paulo
        Fixtures.postForJson(
                "public/it-fixtures/audit",
                Fixtures.Id.class,
                "op",
                "event",
                "target",
                target,
                "action",
                "SIGN_IN_FAILED",
                "at",
                at.toString(),
                "organizations",
                Long.toString(staff.organizationId()));

        WebDriver browser = browsers.open("ru", TOKYO.getId());
        PortalPage portal = new PortalPage(browser);
        portal.signIn(staff.login(), Fixtures.PASSWORD);

        // the Audit log: the browser's zone (learned on the sign-in page), the Russian format
        assertEquals(shown(at, TOKYO), eventTime(portal, target));
        assertTrue(!RAW_INSTANT.matcher(visibleText(browser)).find(), "no raw instant on the Audit log");

        // its date filters are whole days in that zone too: 11 March in Tokyo holds the event, 10 March does not
        AuditLogPage days = AuditLogPage.openStaff(portal);
        // and its Organization filter opens empty (it showed " ()": the label of no organization)
        assertEquals("", days.organizationTyped());
        days.days("2026-03-11", "2026-03-11");
        days.applyFiltersAndWait();
        days.search(target);
        days.awaitEvents(target);
        days.days("2026-03-10", "2026-03-10");
        days.applyFiltersAndWait();
        assertTrue(!days.events().contains(target), days.events());

        // the Outbox: a mail queued now shows now, in Tokyo
        OutboxPage outbox = OutboxPage.fromMenu(portal);
        String recipient = "tz-" + System.nanoTime() + "@example.test";
        outbox.sendTestMail(recipient);
        outbox.refreshUntilShown(recipient);
        String queued = outbox.queuedAtOf(recipient);
        Instant queuedAt = ZonedDateTime.parse(queued, format().withZone(TOKYO)).toInstant();
        assertTrue(
                Duration.between(queuedAt, Instant.now()).abs().compareTo(Duration.ofMinutes(10)) < 0,
                "queued " + queued + " is now in Tokyo");
        assertTrue(!RAW_INSTANT.matcher(visibleText(browser)).find(), "no raw instant on the Outbox");
        portal.evidence("dates-outbox-ru-tokyo");

        // the profile: no zone chosen yet, the browser's offered; São Paulo chosen, audited, and used
        ProfilePage profile = ProfilePage.fromHeader(portal);
        assertEquals("", profile.timeZone());
        assertTrue(profile.browserChoice().contains("Asia/Tokyo"), profile.browserChoice());
        profile.chooseTimeZone(SAO_PAULO.getId()).save();
        assertTrue(profile.messages().contains("Ваш профиль сохранен."), profile.messages());
        assertEquals(SAO_PAULO.getId(), profile.timeZone());
        portal.evidence("profile-ru");
        assertEquals(1, CustomerRelations.auditEvents("TIME_ZONE_CHANGED", staff.login()));
        assertEquals(shown(at, SAO_PAULO), eventTime(portal, target));
    }

    /** The event's time on Staff › Audit log, found by its target. */
    private static String eventTime(PortalPage portal, String target) {
        AuditLogPage audit = AuditLogPage.openStaff(portal);
        audit.search(target);
        audit.awaitEvents(target);
        // read inside the wait: the search filters on each key, and a later answer may replace the row being read
        return portal.waiting().until(d -> {
            try {
                return d.findElement(By.xpath("//tr[contains(., '" + target + "')]//*[contains(@id, ':occurredAt')]"))
                        .getText();
            } catch (org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.NoSuchElementException replaced) {
                return null;
            }
        });
    }

    private static String shown(Instant instant, ZoneId zone) {
        return format().withZone(zone).format(instant);
    }

    private static DateTimeFormatter format() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(RUSSIAN);
    }

    private static String visibleText(WebDriver browser) {
        return browser.findElement(By.tagName("body")).getText();
    }
}
