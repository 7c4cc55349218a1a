package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** The dashboard: a tile per count the user may see. */
public final class DashboardPage extends Page {

    public static final String PATH = "dashboard.xhtml";

    private DashboardPage(PortalPage portal) {
        super(portal);
    }

    public static DashboardPage open(PortalPage portal) {
        portal.open(PATH);
        return new DashboardPage(portal);
    }

    /** The dashboard as it is shown now (after sign-in, or a button leading to it). */
    public static DashboardPage shown(PortalPage portal) {
        return new DashboardPage(portal);
    }

    public static boolean isShown(PortalPage portal) {
        return portal.driver().getCurrentUrl().endsWith("/" + PATH);
    }

    public static void awaitShown(PortalPage portal) {
        portal.waiting().until(d -> d.getCurrentUrl().contains("/" + PATH));
    }

    public String tileCount(String tile) {
        return portal.tileCount(tile);
    }

    public String tile(String tile) {
        return text("tile-" + tile);
    }

    public boolean hasTile(String tile) {
        return present("tile-" + tile);
    }

    public String welcome() {
        return text("welcome");
    }

    public String title() {
        return text(Shell.PAGE_TITLE);
    }

    /** The names of the "Needs your attention" lines shown, each with its count, in the page's order. */
    public java.util.Map<String, String> attention() {
        java.util.Map<String, String> lines = new java.util.LinkedHashMap<>();
        for (org.openqa.selenium.WebElement line :
                driver.findElements(org.openqa.selenium.By.cssSelector("#attentionList li[data-attention]"))) {
            lines.put(line.getAttribute("data-attention"), line.getAttribute("data-count"));
        }
        return lines;
    }

    public boolean saysNothingNeedsAttention() {
        return displayed("attentionNone");
    }

    /** Follows the "Review" link of a "Needs your attention" line. */
    public void openAttention(String name) {
        driver.findElement(org.openqa.selenium.By.cssSelector("[data-attention-link='" + name + "']"))
                .click();
    }

    /** A chart's figures as its table holds them: the row's data attribute, by the row's id. */
    public String figure(String rowId, String attribute) {
        return driver.findElement(org.openqa.selenium.By.id(rowId)).getAttribute("data-" + attribute);
    }

    /**
     * Whether the chart's widget drew its canvas with Chart.js, and the data it drew: dataset i's values joined
     * with commas (null while not drawn).
     */
    public String drawn(String widgetVar, int dataset) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "var w = PrimeFaces.widgets[arguments[0]];"
                                + " if (!w || !w.chart || !w.jq.find('canvas').length) return null;"
                                + " var c = w.jq.find('canvas')[0]; if (!c.width || !c.height) return null;"
                                + " return w.chart.data.datasets[arguments[1]].data.join(',');",
                        widgetVar,
                        dataset);
    }

    /** The chart's labels as drawn, joined with "|". */
    public String drawnLabels(String widgetVar) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return PrimeFaces.widgets[arguments[0]].chart.data.labels.join('|');", widgetVar);
    }
}
