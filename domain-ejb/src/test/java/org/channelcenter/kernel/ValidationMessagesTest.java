package org.channelcenter.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every "{key}" a constraint names in the domain's sources is in ValidationMessages in all three languages (a
 * missing one shows the raw key to the user), and the three bundles hold the same keys.
 */
class ValidationMessagesTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("message\\s*=\\s*\"\\{([a-zA-Z0-9_.]+)}\"");
    private static final List<String> BUNDLES = List.of(
            "ValidationMessages.properties", "ValidationMessages_pt_BR.properties", "ValidationMessages_ru.properties");

    @Test
    void everyConstraintMessageExistsInEveryLanguage() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> {
                try {
                    Matcher matcher = MESSAGE_KEY.matcher(Files.readString(path));
                    while (matcher.find()) {
                        if (!matcher.group(1).startsWith("jakarta.")) {
                            used.add(matcher.group(1));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertTrue(used.size() > 10, "found the constraints' keys: " + used);
        Set<String> english = keysOf(BUNDLES.get(0));
        for (String bundle : BUNDLES) {
            Set<String> keys = keysOf(bundle);
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(keys);
            assertEquals(Set.of(), missing, bundle + " lacks keys the constraints use");
            assertEquals(english, keys, bundle + " differs from the English keys");
        }
    }

    private static Set<String> keysOf(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getClassLoader().getResourceAsStream(bundle)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
