package org.channelcenter.kernel.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One Flyway history describes both databases: each version is either common or has a twin of the same version
 * and description for each database, so a Derby and a PostgreSQL schema at version N went through the same steps.
 */
class MigrationFoldersTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void everyVendorMigrationHasATwinOfTheSameVersionAndDescription() throws IOException {
        Set<String> derby = scripts("derby");
        Set<String> postgresql = scripts("postgresql");

        assertFalse(derby.isEmpty());
        assertEquals(derby, postgresql);
    }

    @Test
    void noVersionIsBothCommonAndVendorSpecific() throws IOException {
        Set<String> common = versions(scripts("common"));
        Set<String> vendor = versions(scripts("derby"));
        vendor.addAll(versions(scripts("postgresql")));

        Set<String> both = new HashSet<>(common);
        both.retainAll(vendor);
        assertTrue(both.isEmpty(), () -> "both common and per database: " + both);
    }

    @Test
    void everyFolderHasTheFileLibertysClassLoaderNeedsToListIt() {
        for (String folder : new String[] {"common", "derby", "postgresql"}) {
            assertTrue(Files.exists(MIGRATIONS.resolve(folder).resolve("flyway.location")), folder);
        }
    }

    private static Set<String> scripts(String folder) throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS.resolve(folder))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> versions(Set<String> scripts) {
        return scripts.stream()
                .map(name -> name.substring(0, name.indexOf("__")))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
