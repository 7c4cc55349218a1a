package org.channelcenter.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium through its own chromedriver (never Selenium Manager, which would download).
 * Without Chromium the browser tests are skipped with a message, except under CI, where that is a failure.
 */
public final class Chromium {

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

    /** A new browser with its own empty profile, asking for pages in {@code acceptLanguage}. */
    public static WebDriver open(String acceptLanguage) {
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
                    "--window-size=1280,1400",
                    "--lang=" + acceptLanguage,
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
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
