package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Find a provider: the provider directory as resellers search it. */
public final class FindProviderPage extends Page {

    public static final String PATH = "partnership/find-provider.xhtml";
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
        portal.waiting()
                .until(d -> d.findElements(By.id(TABLE + ":1:name")).isEmpty()
                        && name.equals(d.findElement(By.id(TABLE + ":0:name")).getText()));
    }

    public void awaitNone() {
        awaitAbsent(TABLE + ":0:name");
    }

    /**
     * Reads the first listing's element as it is once the table holds still: a search typed a moment earlier may
     * re-render the table between finding the element and reading it.
     */
    private String readFirst(String cell, java.util.function.Function<WebElement, String> read) {
        return portal.waiting().until(d -> read.apply(d.findElement(By.id(TABLE + ":0:" + cell))));
    }

    /** The first listing's contact email, as shown. */
    public String contactEmail() {
        return readFirst("contactEmail", WebElement::getText);
    }

    /** The address the first listing's contact email links to. */
    public String contactEmailLink() {
        return readFirst("contactEmail", e -> e.getDomAttribute("href"));
    }

    /** An attribute of the first listing's website link ({@code target}, {@code rel}). */
    public String websiteLink(String attribute) {
        return readFirst("website", e -> e.getDomAttribute(attribute));
    }

    public boolean hasListings() {
        return present(TABLE);
    }
}
