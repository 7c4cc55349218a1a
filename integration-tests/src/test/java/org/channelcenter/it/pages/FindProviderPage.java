package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Find a provider: the provider directory as resellers search it. */
public final class FindProviderPage extends Page {

    public static final String PATH = "partners/find-provider.xhtml";
    private static final String TABLE = "findProviderForm:providers";
    private static final String MENU = "menuForm:menuFindProvider";

    private FindProviderPage(PortalPage portal) {
        super(portal);
    }

    public static FindProviderPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new FindProviderPage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public static FindProviderPage open(PortalPage portal) {
        portal.open(PATH);
        return new FindProviderPage(portal);
    }

    public String hint() {
        return text("hint");
    }

    public FindProviderPage name(String name) {
        type("findProviderForm:nameSearch", name);
        return this;
    }

    public FindProviderPage country(String countryCode) {
        choose("countryFilter", countryCode);
        return this;
    }

    public FindProviderPage service(String service) {
        choose("serviceFilter", service);
        return this;
    }

    /** Waits until the providers table shows that text, and answers the table's text. */
    public String awaitListing(String expected) {
        awaitText(TABLE, expected);
        return textNow(TABLE);
    }

    /** Waits until that provider is the only one listed. */
    public void awaitOnly(String name) {
        portal.waiting().until(d -> d.findElements(By.id(TABLE + ":1:name")).isEmpty()
                && name.equals(d.findElement(By.id(TABLE + ":0:name")).getText()));
    }

    public void awaitNone() {
        awaitAbsent(TABLE + ":0:name");
    }

    /** The first listing's contact email link. */
    public WebElement contactEmail() {
        return driver.findElement(By.id(TABLE + ":0:contactEmail"));
    }

    public WebElement website() {
        return driver.findElement(By.id(TABLE + ":0:website"));
    }

    public boolean hasListings() {
        return present(TABLE);
    }
}
