package org.channelcenter.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium through its own chromedriver (never Selenium Manager, which would download).
 * Without Chromium the browser tests are skipped with a message, except under CI, where that is a failure.
 *
 * <p>Starting a Chromium with its chromedriver takes about a second of the machine's two cores, so a browser a test
 * is done with is kept for the next test asking for the same language ({@link #lease}, {@link #giveBack}): it comes
 * back with no cookies, no stored data and only a blank page, which is all a new profile would differ in for these
 * tests. A browser whose test failed is never kept; the kept ones quit when the test JVM ends.
 */
public final class Chromium {

    /** The window every test starts with; a test may narrow it, and a kept browser gets this size back. */
    private static final int WIDTH = 1280;

    private static final int HEIGHT = 1400;

    private static final Map<String, Deque<WebDriver>> IDLE = new HashMap<>();

    private static final File BROWSER = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private Chromium() {}

    /** Skips (or, under CI, fails) the calling test when Chromium is not installed. */
    public static void requireInstalled() {
        if (BROWSER.canExecute() && DRIVER.canExecute()) {
            return;
        }
        String message = "Browser tests need Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER
                + "): apt-get install -y --no-install-recommends chromium chromium-driver";
        if (System.getenv("CI") != null) {
            fail("CI must run the browser tests. " + message);
        }
        Assumptions.assumeTrue(false, "SKIPPED browser test: " + message);
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Chromium::quitIdle, "quit idle Chromium"));
    }

    /** A browser asking for pages in {@code acceptLanguage}: a kept one if there is one, else a new one. */
    public static synchronized WebDriver lease(String acceptLanguage) {
        Deque<WebDriver> idle = IDLE.get(acceptLanguage);
        return idle == null || idle.isEmpty() ? open(acceptLanguage) : idle.pop();
    }

    /**
     * Takes back a browser from a test: forgets every cookie and stored datum, leaves the page, and keeps it for
     * the next test in its language; one that cannot be cleaned (or whose test failed) quits instead.
     */
    public static void giveBack(WebDriver driver, String acceptLanguage, boolean testFailed) {
        if (!testFailed && driver instanceof ChromeDriver chrome) {
            try {
                chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                chrome.get("about:blank");
                chrome.executeCdpCommand(
                        "Storage.clearDataForOrigin", Map.of("origin", origin(), "storageTypes", "all"));
                chrome.manage().window().setSize(new org.openqa.selenium.Dimension(WIDTH, HEIGHT));
                synchronized (Chromium.class) {
                    IDLE.computeIfAbsent(acceptLanguage, language -> new ArrayDeque<>())
                            .push(driver);
                }
                return;
            } catch (RuntimeException e) {
                // not clean: a new browser is cheaper than a doubt about what this one still holds
            }
        }
        driver.quit();
    }

    private static String origin() {
        java.net.URI base = java.net.URI.create(Fixtures.baseUrl());
        return base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
    }

    private static synchronized void quitIdle() {
        IDLE.values().forEach(idle -> idle.forEach(Chromium::quitQuietly));
        IDLE.clear();
    }

    private static void quitQuietly(WebDriver driver) {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // the JVM is ending; a browser that already went away needs nothing more
        }
    }

    /** A new browser with its own empty profile, asking for pages in {@code acceptLanguage}. */
    private static WebDriver open(String acceptLanguage) {
        requireInstalled();
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=" + WIDTH + "," + HEIGHT,
                    "--lang=" + acceptLanguage,
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
            // the console, where Chromium reports what the page's Content-Security-Policy refused (Browsers)
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER)
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
