package org.channelcenter.it.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in the portal, by the pages' stable component ids (the same ids an acceptance
 * test outside the project would use).
 */
public final class PortalPage {

    /** The sign-in page's address; here, not in the page objects, so that support does not depend on them. */
    public static final String LOGIN_PATH = "login.xhtml";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    public PortalPage(WebDriver driver) {
        this(driver, Fixtures.baseUrl());
    }

    /** The portal at another address than the test server's, e.g. a second server over the same database. */
    public PortalPage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = waitUpTo30Seconds(driver);
        wait.ignoring(StaleElementReferenceException.class); // pages reload under the waits
    }

    /**
     * Waits check every 50 ms, not Selenium's default 500: most conditions hold within a few hundred ms, and a
     * half-second poll made the browser tests spend most of their time idle.
     */
    private static WebDriverWait waitUpTo30Seconds(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.pollingEvery(Duration.ofMillis(50));
        return wait;
    }

    public PortalPage open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public void signIn(String login, String password) {
        if (!driver.getCurrentUrl().contains(LOGIN_PATH)) {
            open(LOGIN_PATH);
        }
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
        username.clear();
        username.sendKeys(login);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:signIn")).click();
        wait.until(d -> !d.getCurrentUrl().contains(LOGIN_PATH)
                || !d.findElements(By.cssSelector("#loginForm .ui-message-error, #loginForm .ui-messages-error"))
                        .isEmpty());
    }

    public void signOut() {
        driver.findElement(By.id("shellForm:signOut")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
    }

    /**
     * Picks a language in the header's menu, by the name it is offered under, and waits until the page is
     * shown again in that language ({@code <html lang>} is the language tag).
     */
    public void chooseLanguage(String nativeName, String languageTag) {
        waitForScripts();
        // the language is offered under its own name ...
        String offered = driver.findElement(
                        By.cssSelector("#shellForm\\:language_input option[value='" + languageTag + "']"))
                .getAttribute("textContent");
        if (!nativeName.equals(offered.trim())) {
            throw new AssertionError(languageTag + " is offered as '" + offered + "', not '" + nativeName + "'");
        }
        // ... and picked through the menu's widget, which fires the same change a click does
        ((JavascriptExecutor) driver)
                .executeScript(
                        "var menu = PF('languageMenu'); menu.selectValue(arguments[0]);" + " menu.triggerChange();",
                        languageTag);
        // the change reloads the page: the html element read may be replaced under the read (Chromium then says
        // "node does not belong to the document", not "stale"), so such a read just means "not yet"
        wait.until(d -> {
            try {
                return languageTag.equals(d.findElement(By.tagName("html")).getAttribute("lang"));
            } catch (org.openqa.selenium.WebDriverException replacedMeanwhile) {
                return false;
            }
        });
        waitForScripts();
    }

    /** Waits until the page has loaded and PrimeFaces has set up its widgets. */
    public void waitForScripts() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !!window.PrimeFaces"
                        + " && !!PrimeFaces.widgets && !!PrimeFaces.widgets['languageMenu'];")));
    }

    /** True when the page shows nothing of the server's insides: no stack trace, no exception text. */
    public boolean revealsNothingInternal() {
        String page = driver.getPageSource();
        return !page.contains(".java:")
                && !page.contains("Caused by")
                && !page.matches("(?s).*\\bat (org|com|jakarta|java)\\.[\\w.$]+\\(.*")
                && !page.contains("SRVE");
    }

    /**
     * Clicks the element with that id as soon as it takes the click: dialogs and ajax updates may cover or
     * replace it for a moment, which a person would simply wait out.
     */
    public static void press(WebDriver driver, String id) {
        try {
            waitUpTo30Seconds(driver)
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                    .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                    .until(d -> {
                        d.findElement(By.id(id)).click();
                        return true;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            new PortalPage(driver).evidence("press-" + id.replace(':', '_'));
            throw e;
        }
    }

    /** Types into an input found by its id, replacing what it held. */
    public PortalPage type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Clicks a button or link by id and waits until the element {@code nextId} is shown. */
    public PortalPage click(String id, String nextId) {
        press(driver, id);
        wait.until(d -> shown(d, By.id(nextId)));
        return this;
    }

    /**
     * Whether the element is there and shown. One that an AJAX update replaces while it is asked is looked up again:
     * Chrome then answers "does not belong to the document" (a plain WebDriverException), not a stale reference.
     */
    private static boolean shown(WebDriver driver, By element) {
        try {
            return driver.findElement(element).isDisplayed();
        } catch (NoSuchElementException | StaleElementReferenceException e) {
            return false;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return false;
            }
            throw e;
        }
    }

    /** Chooses the option with that value in a PrimeFaces selectOneMenu, through its widget (as a person's pick does). */
    public PortalPage select(String widgetVar, String value) {
        waitForScripts();
        ((JavascriptExecutor) driver).executeScript("PF(arguments[0]).selectValue(arguments[1]);", widgetVar, value);
        return this;
    }

    /**
     * Saves a screenshot and the page's source under target/screenshots (issue 16: the pages a person should look at
     * before a change is called done, and why a test failed).
     */
    public void evidence(String name) {
        try {
            java.nio.file.Path folder = java.nio.file.Paths.get("target", "screenshots");
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.write(
                    folder.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            java.nio.file.Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
        } catch (java.io.IOException | RuntimeException e) {
            // evidence is a help for reading a failure; it must not hide the failure itself
        }
    }

    /**
     * The text of the element with that id once it is shown, read inside the wait: an ajax update may replace the
     * element between finding and reading it, and the read is then simply made again.
     */
    public String text(String id) {
        return wait.until(d -> {
            WebElement element = d.findElement(By.id(id));
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    public String tileCount(String tile) {
        return text("tile-" + tile).split("\\R")[0].trim();
    }

    public String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }
}
