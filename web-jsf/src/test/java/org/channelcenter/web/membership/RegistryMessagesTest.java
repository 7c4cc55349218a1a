package org.channelcenter.web.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.channelcenter.membership.boundary.RegistryProblem;
import org.channelcenter.membership.entity.ProfileStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every registry text the page and the boundary's refusals need exists in every language. */
class RegistryMessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RegistryMessagesTest.class.getResourceAsStream(
                "/org/channelcenter/web/i18n/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> registryKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream()
                .filter(key ->
                        key.startsWith("registry.") || key.startsWith("profileStatus.") || key.equals("nav.registry"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_pt_BR", "_ru"})
    void everyProblemAndStatusHasAText(String suffix) throws IOException {
        Properties bundle = bundle(suffix);
        for (RegistryProblem problem : RegistryProblem.values()) {
            assertTrue(bundle.containsKey("registry.problem." + problem.name()), problem + " in messages" + suffix);
        }
        for (ProfileStatus status : ProfileStatus.values()) {
            assertTrue(bundle.containsKey("profileStatus." + status.name()), status + " in messages" + suffix);
        }
        for (RegistryPage.Mode mode : RegistryPage.Mode.values()) {
            assertTrue(bundle.containsKey("registry.mode." + mode.name()), mode + " in messages" + suffix);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_pt_BR", "_ru"})
    void translationsHaveTheSameRegistryKeysAsEnglish(String suffix) throws IOException {
        assertEquals(registryKeys(bundle("")), registryKeys(bundle(suffix)));
    }
}
