package org.channelcenter.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The browsers of one browser test: every test first requires Chromium (skipped with a message, or failed
 * under CI, when it is missing), and every browser it opened is given back after it (cleaned for the next test,
 * or closed when the test failed). Before closing, each browser's
 * last page is saved as a screenshot under {@code target/screenshots/last-pages} (and, when the test failed, its
 * source too), so that one can see the pages rendered without rerunning the test.
 *
 * <p>A test whose browser refused a script or handler under the page's Content-Security-Policy fails (issue 15,
 * point 8): the pages send a nonce policy, so an inline handler or script the pages forgot to route through
 * PrimeFaces would silently do nothing, and this is where it shows.
 * Use as {@code @RegisterExtension final Browsers browsers = new Browsers();}.
 */
public final class Browsers implements BeforeEachCallback, AfterEachCallback {

    /** Where the screenshots of the tests' last pages go. */
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots", "last-pages");

    private final List<WebDriver> opened = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    private final List<WebDriver> zoned = new ArrayList<>();

    /**
     * A headless Chromium asking for pages in {@code acceptLanguage}, with no cookies or stored data; given back
     * after the test (see {@link Chromium#lease}).
     */
    public WebDriver open(String acceptLanguage) {
        WebDriver driver = Chromium.lease(acceptLanguage);
        policyViolations(driver); // a kept browser starts with an empty console
        opened.add(driver);
        languages.add(acceptLanguage);
        return driver;
    }

    /**
     * The same, in that IANA time zone instead of the machine's (Chrome's own emulation, so the page's scripts see
     * it); the browser is given back in the machine's zone again.
     */
    public WebDriver open(String acceptLanguage, String timeZone) {
        WebDriver driver = open(acceptLanguage);
        ((org.openqa.selenium.chrome.ChromeDriver) driver)
                .executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", timeZone));
        zoned.add(driver);
        return driver;
    }

    /** Back to the machine's zone; false when the browser would not (it is then not kept). */
    private static boolean unzoned(WebDriver driver) {
        try {
            ((org.openqa.selenium.chrome.ChromeDriver) driver)
                    .executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", ""));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium.requireInstalled();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // a parameterized test's invocations are told apart by their display name ("[1] en")
        String invocation = context.getDisplayName().startsWith("[")
                ? "-" + context.getDisplayName().replaceAll("[^\\w\\-]+", "_")
                : "";
        String test = context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName() + invocation;
        List<String> refused = new ArrayList<>();
        for (WebDriver driver : opened) {
            refused.addAll(policyViolations(driver));
        }
        boolean failed = context.getExecutionException().isPresent() || !refused.isEmpty();
        try {
            for (int i = 0; i < opened.size(); i++) {
                save(opened.get(i), test + "-" + (i + 1), failed);
            }
        } finally {
            for (int i = 0; i < opened.size(); i++) {
                WebDriver driver = opened.get(i);
                boolean clean = !failed && (!zoned.contains(driver) || unzoned(driver));
                Chromium.giveBack(driver, languages.get(i), !clean);
            }
            opened.clear();
            languages.clear();
            zoned.clear();
        }
        if (!refused.isEmpty() && context.getExecutionException().isEmpty()) {
            throw new AssertionError("the page's Content-Security-Policy refused: " + refused);
        }
    }

    /**
     * What Chromium's console said the page's Content-Security-Policy refused since the last call (reading the
     * console empties it). A test that injects a script on purpose reads it here, so the check after it does not
     * count that refusal.
     */
    public static List<String> policyViolations(WebDriver driver) {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy"))
                    .toList();
        } catch (WebDriverException closed) {
            // a browser the test quit itself has no console left to read
            return List.of();
        }
    }

    private static void save(WebDriver driver, String name, boolean withSource) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            if (withSource) {
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            }
        } catch (IOException | RuntimeException e) {
            // a screenshot helps reading a run; it must not fail a test or hide its own failure
        }
    }
}
