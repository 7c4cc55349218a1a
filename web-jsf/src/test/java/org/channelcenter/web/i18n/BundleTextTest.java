package org.channelcenter.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one rule for reading the bundles (issue 16, defect 6): a value is a {@link MessageFormat} pattern exactly when
 * it has a placeholder such as {@code {0}}; then its apostrophes are written doubled ({@code ''}) and the text is
 * always formatted ({@link Messages#text}, {@code h:outputFormat}). A value without placeholders is shown as it
 * is written, so it never has {@code ''}. The pages must follow suit: a key with placeholders only through
 * {@code h:outputFormat}, and {@code h:outputFormat} only for keys with placeholders.
 */
class BundleTextTest {

    private static final Path BUNDLES = Paths.get("src/main/resources/org/channelcenter/web/i18n");
    private static final Path PAGES = Paths.get("src/main/webapp");
    private static final List<String> LANGUAGES = List.of("", "_pt_BR", "_ru");
    private static final Pattern KEY = Pattern.compile("msg\\['([\\w.\\-]+)'\\]");
    private static final Pattern FORMATTED = Pattern.compile("<h:outputFormat\\s[^>]*?value=\"([^\"]*)\"");

    @Test
    void apostrophesAreDoubledExactlyInTheFormattedValues() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String language : LANGUAGES) {
            bundle(language).forEach((key, value) -> {
                boolean formatted = Messages.isPattern(value);
                if (!formatted && value.contains("''")) {
                    wrong.add("messages" + language + " " + key + ": '' in a text shown as written: " + value);
                }
                if (formatted && value.replace("''", "").contains("'")) {
                    wrong.add("messages" + language + " " + key + ": a single ' in a pattern is lost: " + value);
                }
                if (formatted) {
                    try {
                        new MessageFormat(value);
                    } catch (IllegalArgumentException e) {
                        wrong.add("messages" + language + " " + key + ": not a pattern: " + value);
                    }
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyLanguageHasTheSamePlaceholdersForAKey() throws IOException {
        Map<String, String> english = bundle("");
        List<String> wrong = new ArrayList<>();
        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            bundle(language).forEach((key, value) -> {
                if (english.containsKey(key) && !placeholders(english.get(key)).equals(placeholders(value))) {
                    wrong.add("messages" + language + " " + key + ": " + value);
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void pagesFormatExactlyTheKeysWithPlaceholders() throws IOException {
        Map<String, String> english = bundle("");
        List<String> wrong = new ArrayList<>();
        for (Path page : pages()) {
            String source = Files.readString(page);
            TreeSet<String> formatted = new TreeSet<>();
            Matcher format = FORMATTED.matcher(source);
            while (format.find()) {
                Matcher key = KEY.matcher(format.group(1));
                while (key.find()) {
                    formatted.add(key.group(1));
                    if (english.containsKey(key.group(1)) && !Messages.isPattern(english.get(key.group(1)))) {
                        wrong.add(page + ": h:outputFormat of " + key.group(1) + ", which has no placeholder");
                    }
                }
            }
            Matcher key = KEY.matcher(FORMATTED.matcher(source).replaceAll(""));
            while (key.find()) {
                String value = english.get(key.group(1));
                if (value != null && Messages.isPattern(value)) {
                    wrong.add(page + ": " + key.group(1) + " has placeholders but is shown as written");
                }
            }
            assertTrue(
                    formatted.stream().allMatch(english::containsKey), page + " formats an unknown key " + formatted);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTextsTheIssueNamesReadRight() throws IOException {
        assertEquals("Customer's email address", bundle("").get("invite.customerRecipient"));
        assertEquals(
                "Order 42 placed. The customer's subscriptions are updated.",
                new MessageFormat(bundle("").get("order.placed")).format(new Object[] {"42"}));
    }

    private static TreeSet<String> placeholders(String value) {
        TreeSet<String> found = new TreeSet<>();
        Matcher placeholder = Pattern.compile("\\{(\\d+)").matcher(value);
        while (placeholder.find()) {
            found.add(placeholder.group(1));
        }
        return found;
    }

    private static Map<String, String> bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                BUNDLES.resolve("messages" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> values = new TreeMap<>();
        properties.forEach((key, value) -> values.put((String) key, (String) value));
        return values;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).toList();
        }
    }
}
