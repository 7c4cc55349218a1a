package org.channelcenter.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private static final Map<String, String> VALUES = Map.of("name", "Ana", "portal", "https://cc.example/");

    @Test
    void rendersInTheRecipientsLanguage() {
        assertEquals(
                "Olá Ana, esta é uma mensagem de teste de https://cc.example/.",
                MailTemplates.render("test.ping", Locale.forLanguageTag("pt-BR"), VALUES)
                        .body());
        assertEquals(
                "Тестовое сообщение Channel Center",
                MailTemplates.render("test.ping", Locale.forLanguageTag("ru"), VALUES)
                        .subject());
        assertEquals(
                "Channel Center test message",
                MailTemplates.render("test.ping", Locale.GERMAN, VALUES).subject(),
                "unknown languages get English");
    }

    @Test
    void placeholdersAreFilledLiterally() {
        assertEquals(
                "Pay $5 to a\\b", MailTemplates.fill("Pay {amount} to {who}", Map.of("amount", "$5", "who", "a\\b")));
    }

    @Test
    void aMissingValueOrTemplateIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.fill("Hi {name}", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("no.such", Locale.ENGLISH, VALUES));
    }

    @Test
    void theInvitationExistsInEveryLanguageWithTheLinkOnALineOfItsOwn() {
        Map<String, String> values = Map.of(
                "name",
                "Ana",
                "organization",
                "Contoso",
                "login",
                "ana@contoso.example",
                "inviter",
                "Bob",
                "link",
                "https://cc.example/public/set-password.xhtml?token=abc",
                "portal",
                "https://cc.example/");
        for (String language : new String[] {"en", "pt-BR", "ru"}) {
            MailTemplates.RenderedMail mail =
                    MailTemplates.render("user.invitation", Locale.forLanguageTag(language), values);
            assertTrue(mail.subject().contains("Contoso"), language);
            assertTrue(mail.body().contains("\nhttps://cc.example/public/set-password.xhtml?token=abc\n"), language);
            assertTrue(mail.body().contains("ana@contoso.example"), language);
        }
    }

    /** Every template exists in every language, and a translation uses no placeholder English does not fill. */
    @Test
    void everyTemplateRendersInEveryLanguage() {
        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle(MailTemplates.BUNDLE, Locale.ROOT);
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
        for (String key : java.util.Collections.list(english.getKeys())) {
            if (!key.endsWith(".subject")) {
                continue;
            }
            String template = key.substring(0, key.length() - ".subject".length());
            java.util.Map<String, String> values = new java.util.HashMap<>();
            java.util.regex.Matcher names =
                    placeholder.matcher(english.getString(key) + english.getString(template + ".body"));
            while (names.find()) {
                values.put(names.group(1), "<" + names.group(1) + ">");
            }
            for (String language : new String[] {"en", "pt-BR", "ru"}) {
                MailTemplates.RenderedMail mail =
                        MailTemplates.render(template, Locale.forLanguageTag(language), values);
                org.junit.jupiter.api.Assertions.assertFalse(mail.body().isBlank(), template + " " + language);
                org.junit.jupiter.api.Assertions.assertFalse(mail.body().contains("{"), template + " " + language);
            }
        }
    }
}
