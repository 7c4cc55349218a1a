package org.channelcenter.it.support;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * The browsers of one browser test: every test first requires Chromium (skipped with a message, or failed
 * under CI, when it is missing), and every browser it opened is closed after it.
 * Use as {@code @RegisterExtension final Browsers browsers = new Browsers();}.
 */
public final class Browsers implements BeforeEachCallback, AfterEachCallback {

    private final List<WebDriver> opened = new ArrayList<>();

    /** A new headless Chromium asking for pages in {@code acceptLanguage}; closed after the test. */
    public WebDriver open(String acceptLanguage) {
        WebDriver driver = Chromium.open(acceptLanguage);
        opened.add(driver);
        return driver;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium.requireInstalled();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(WebDriver::quit);
        opened.clear();
    }
}
