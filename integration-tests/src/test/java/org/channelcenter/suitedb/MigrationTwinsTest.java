package org.channelcenter.suitedb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The migration folders of domain-ejb give both databases the same history: every version whose SQL differs has a
 * twin of the same version and description for Derby and for PostgreSQL, no version is both shared and a vendor's, and
 * the versions run 1, 2, 3, ... without a gap. A version missing for one database would make its upgrades stop there
 * (or, added later, fail Flyway's validation), which only a run on that database would otherwise show.
 */
class MigrationTwinsTest {

    private static final Path MIGRATIONS = Paths.get(System.getProperty("basedir", "."))
            .resolve("../domain-ejb/src/main/resources/db/migration")
            .normalize();

    @Test
    void everyVendorMigrationHasItsTwinAndTheVersionsHaveNoGap() throws IOException {
        Set<String> derby = migrations("derby");
        Set<String> postgresql = migrations("postgresql");
        Set<String> common = migrations("common");
        assertEquals(derby, postgresql, "Derby's and PostgreSQL's own migrations (same version and description)");
        assertFalse(common.isEmpty(), () -> "no shared migrations found in " + MIGRATIONS);

        List<Integer> versions = new ArrayList<>();
        Stream.concat(common.stream(), derby.stream())
                .map(MigrationTwinsTest::version)
                .forEach(versions::add);
        versions.sort(Integer::compare);
        for (int i = 0; i < versions.size(); i++) {
            assertEquals(i + 1, versions.get(i), () -> "versions, shared and Derby's: " + versions);
        }
    }

    /** The file names V&lt;version&gt;__&lt;description&gt;.sql of one folder. */
    private static Set<String> migrations(String folder) throws IOException {
        Path path = MIGRATIONS.resolve(folder);
        assertTrue(Files.isDirectory(path), () -> path + " is missing");
        try (Stream<Path> files = Files.list(path)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .peek(name -> assertTrue(name.matches("V\\d+__\\w+\\.sql"), () -> folder + "/" + name))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static int version(String fileName) {
        return Integer.parseInt(fileName.substring(1, fileName.indexOf("__")));
    }
}
