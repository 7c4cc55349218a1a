package org.channelcenter.web.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.channelcenter.kernel.entity.RefusalReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal a boundary can give has its message in every language: each constant of every enum implementing
 * {@link RefusalReason} in the domain's classes (found by scanning them, so a new reason cannot be forgotten) names
 * a key that is in the English, Portuguese and Russian bundles and is not blank.
 */
class RefusalMessagesTest {

    private static List<RefusalReason> reasons;

    @BeforeAll
    static void findEveryReason() throws IOException, URISyntaxException {
        Path domain = Path.of(RefusalReason.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> classNames = Files.isDirectory(domain) ? classesIn(domain) : classesInJar(domain);
        reasons = new ArrayList<>();
        for (String name : classNames) {
            Class<?> type = load(name);
            if (type.isEnum() && RefusalReason.class.isAssignableFrom(type)) {
                for (Object reason : type.getEnumConstants()) {
                    reasons.add((RefusalReason) reason);
                }
            }
        }
    }

    private static List<String> classesIn(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(RefusalMessagesTest::isClass)
                    .map(path -> path.replace(root.getFileSystem().getSeparator(), "/"))
                    .map(RefusalMessagesTest::className)
                    .toList();
        }
    }

    private static List<String> classesInJar(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                if (isClass(entry)) {
                    names.add(className(entry));
                }
            }
        }
        return names;
    }

    private static boolean isClass(String path) {
        return path.endsWith(".class") && !path.endsWith("module-info.class") && !path.endsWith("package-info.class");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RefusalMessagesTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load " + name, e);
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RefusalMessagesTest.class.getResourceAsStream(
                "/org/channelcenter/web/i18n/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_pt_BR", "_ru"})
    void everyReasonHasAMessage(String suffix) throws IOException {
        Properties bundle = bundle(suffix);
        List<String> missing = reasons.stream()
                .filter(reason -> bundle.getProperty(reason.messageKey(), "").isBlank())
                .map(reason -> ((Enum<?>) reason).getDeclaringClass().getName() + "." + reason + " ("
                        + reason.messageKey() + ")")
                .toList();
        assertEquals(List.of(), missing, "reasons without a message in messages" + suffix + ".properties");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "org.channelcenter.kernel.entity.KernelRefusal",
                "org.channelcenter.membership.boundary.RegistryProblem",
                "org.channelcenter.commerce.entity.LicenseRefusedException$Reason",
                "org.channelcenter.directory.entity.DirectoryRefusal"
            })
    void theScanFindsTheReasonsOfEveryKind(String enumName) {
        assertTrue(
                reasons.stream()
                        .anyMatch(reason ->
                                ((Enum<?>) reason).getDeclaringClass().getName().equals(enumName)),
                enumName + " was not found");
    }
}
