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
}
