package org.channelcenter.notification.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mail texts from the {@code org.channelcenter.notification.mail} bundle (English, Brazilian Portuguese,
 * Russian): {@code <template>.subject} and {@code <template>.body}, with {@code {name}} placeholders filled
 * from the values given. Named placeholders let translators reorder a sentence freely.
 */
public final class MailTemplates {

    static final String BUNDLE = "org.channelcenter.notification.mail";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private MailTemplates() {}

    public record RenderedMail(String subject, String body) {}

    public static RenderedMail render(String template, Locale locale, Map<String, String> values) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                MailTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new RenderedMail(
                    fill(bundle.getString(template + ".subject"), values),
                    fill(bundle.getString(template + ".body"), values));
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no mail template " + template, e);
        }
    }

    /** Replaces every {name} by its value; a placeholder without a value is a programming error. */
    static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** A date as mails write it: long form, in the recipient's language, in UTC (what the portal shows too). */
    public static String longDate(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(ZoneOffset.UTC)
                .format(instant);
    }
}
