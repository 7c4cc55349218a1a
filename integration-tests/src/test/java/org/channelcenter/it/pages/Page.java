package org.channelcenter.it.pages;

import java.util.List;
import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What every page object does with the browser: it finds elements only by the component ids its page gives
 * them (the ids a distributor's QA team drives the product through) and waits the way {@link PortalPage} does,
 * never by sleeping. A page's URL path is written once, in its page object.
 */
public abstract class Page {

    protected final PortalPage portal;
    protected final WebDriver driver;

    protected Page(PortalPage portal) {
        this.portal = portal;
        this.driver = portal.driver();
    }

    /** Opens {@code path} (the page object's own path, with its query) and waits for its scripts. */
    protected static PortalPage openAt(PortalPage portal, String path) {
        portal.open(path);
        portal.waitForScripts();
        return portal;
    }

    /** Presses a menu entry and waits until the page at {@code path} is shown and set up. */
    protected static PortalPage fromMenu(PortalPage portal, String menuEntry, String path) {
        PortalPage.press(portal.driver(), menuEntry);
        portal.waiting().until(d -> d.getCurrentUrl().endsWith("/" + path));
        portal.waitForScripts();
        return portal;
    }

    /** Whether the signed-in user's menu offers that entry. */
    protected static boolean inMenu(PortalPage portal, String menuEntry) {
        return !portal.driver().findElements(By.id(menuEntry)).isEmpty();
    }

    public PortalPage portal() {
        return portal;
    }

    public Shell shell() {
        return new Shell(portal);
    }

    public boolean revealsNothingInternal() {
        return portal.revealsNothingInternal();
    }

    /** Saves a screenshot and the page's source, to read a failure. */
    public void evidence(String name) {
        portal.evidence(name);
    }

    protected WebElement visible(String id) {
        return portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    protected void type(String id, String text) {
        portal.type(id, text);
    }

    /** Types without clearing first (as a person adds to a search box that filters on each key). */
    protected void typeMore(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    protected void clear(String id) {
        driver.findElement(By.id(id)).clear();
    }

    protected void press(String id) {
        PortalPage.press(driver, id);
    }

    /** The element's text once it is shown. */
    protected String text(String id) {
        return portal.text(id);
    }

    /** The element's text as it is now, shown or not. */
    protected String textNow(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    protected String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    protected boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    protected boolean displayed(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    /** Waits until the element with that id shows the text (the previous answer may be on screen until then). */
    protected void awaitText(String id, String text) {
        portal.waiting().until(d -> d.findElement(By.id(id)).getText().contains(text));
    }

    /** Waits until the element shows exactly that text. */
    protected void awaitExactText(String id, String text) {
        portal.waiting().until(d -> text.equals(d.findElement(By.id(id)).getText()));
    }

    /** Waits until the element shows some text, and answers it. */
    protected String awaitAnyText(String id) {
        return portal.waiting().until(d -> {
            String text = d.findElement(By.id(id)).getText();
            return text.isBlank() ? null : text;
        });
    }

    protected void awaitVisible(String id) {
        visible(id);
    }

    protected void awaitInvisible(String id) {
        portal.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    protected void awaitAbsent(String id) {
        portal.waiting().until(d -> d.findElements(By.id(id)).isEmpty());
    }

    protected void awaitPresent(String id) {
        portal.waiting().until(d -> !d.findElements(By.id(id)).isEmpty());
    }

    /** Clicks a PrimeFaces checkbox's box, as a person does (its input is hidden). */
    protected void tick(String checkboxId) {
        driver.findElement(By.cssSelector("#" + checkboxId.replace(":", "\\:") + " .ui-chkbox-box"))
                .click();
    }

    protected boolean ticked(String checkboxId) {
        return driver.findElement(By.id(checkboxId + "_input")).isSelected();
    }

    /** Waits until the element's {@code data-} attribute has that value. */
    protected void awaitData(String id, String attribute, String expected) {
        portal.waiting().until(d -> expected.equals(d.findElement(By.id(id)).getAttribute("data-" + attribute)));
    }

    protected String data(String id, String attribute) {
        return driver.findElement(By.id(id)).getAttribute("data-" + attribute);
    }

    /** Picks a PrimeFaces select menu's value through its widget and fires its change, as a person's pick does. */
    protected void choose(String widgetVar, String value) {
        portal.waitForScripts();
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "var menu = PF(arguments[0]); menu.selectValue(arguments[1]); menu.triggerChange();",
                        widgetVar,
                        value);
    }

    /** Chooses an autocomplete's suggestion by what it shows (a login, a domain), after typing {@code typed}. */
    protected void suggest(String inputId, String typed, String shown) {
        type(inputId, typed);
        portal.waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + shown + "')]")))
                .click();
    }

    /** The buttons inside that element (a table row, found by its meaning) whose id ends with {@code :name}. */
    protected static List<WebElement> buttonsIn(WebElement row, String name) {
        return row.findElements(By.cssSelector("[id$=':" + name + "']"));
    }

    /** The id of the element in that row whose id ends with {@code :name}. */
    protected static String idIn(WebElement row, String name) {
        return row.findElement(By.cssSelector("[id$=':" + name + "']")).getAttribute("id");
    }

    /** Data rows of a PrimeFaces table (its empty message is no row). */
    protected int rows(String tableId) {
        return (int)
                driver.findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + "_data > tr[data-ri]")).stream()
                        .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
                        .count();
    }

    /** The table's data row that holds an element of that CSS class with exactly that text. */
    protected static org.openqa.selenium.By rowWith(String tableId, String cssClass, String text) {
        return By.xpath("//tbody[@id='" + tableId + "_data']/tr[.//*[contains(concat(' ', @class, ' '), ' " + cssClass
                + " ')][normalize-space(.)='" + text + "']]");
    }

    /** The table's data row whose element of id {@code :cellId} shows exactly that text (a name, a network ID). */
    protected static By rowWhere(String tableId, String cellId, String text) {
        String suffix = ":" + cellId;
        return By.xpath("//tbody[@id='" + tableId + "_data']/tr[.//*[substring(@id, string-length(@id) - "
                + (suffix.length() - 1) + ")='" + suffix + "'][normalize-space(.)='" + text + "']]");
    }

    /** Clicks the option of a radio or checkbox group by its value, through its label (as a person does). */
    protected void pickOption(String groupId, String value) {
        String optionId = driver.findElement(By.cssSelector("[id^='" + groupId + ":'][value='" + value + "']"))
                .getAttribute("id");
        driver.findElement(By.cssSelector("label[for='" + optionId + "']")).click();
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    protected void waitForAjax() {
        portal.waiting()
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
    }
}
