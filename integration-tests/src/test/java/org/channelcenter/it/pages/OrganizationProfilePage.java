package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Account settings › Organization profile: the organization's legal and support details. */
public final class OrganizationProfilePage extends Page {

    public static final String PATH = "directory/organization-profile.xhtml";
    private static final String MENU = "menuForm:menuOrganizationProfile";
    private static final String FORM = "orgProfileForm:";

    private OrganizationProfilePage(PortalPage portal) {
        super(portal);
    }

    public static OrganizationProfilePage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, MENU, PATH);
        return new OrganizationProfilePage(portal);
    }

    public static OrganizationProfilePage open(PortalPage portal) {
        openAt(portal, PATH);
        return new OrganizationProfilePage(portal);
    }

    public static boolean inMenu(PortalPage portal) {
        return Page.inMenu(portal, MENU);
    }

    public boolean editable() {
        return present(FORM + "saveProfile");
    }

    public boolean readOnly() {
        return displayed("readOnlyNotice");
    }

    public String field(String name) {
        return value(FORM + name);
    }

    public String shown(String id) {
        return textNow(id);
    }

    public OrganizationProfilePage set(String name, String text) {
        type(FORM + name, text);
        return this;
    }

    /** Presses Save and waits for the form's answer: a message at the top or an error at a field. */
    public OrganizationProfilePage save() {
        org.openqa.selenium.WebElement button = driver.findElement(org.openqa.selenium.By.id(FORM + "saveProfile"));
        press(FORM + "saveProfile");
        // the answer replaces the form (update="@form"): the old button goes, then the messages are the new ones
        portal.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button));
        portal.waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d
                        .findElements(org.openqa.selenium.By.cssSelector(
                                "#orgProfileForm .ui-messages-info, #orgProfileForm .ui-messages-error,"
                                        + " #orgProfileForm .ui-message-error"))
                        .stream()
                        .anyMatch(org.openqa.selenium.WebElement::isDisplayed));
        portal.waitForScripts();
        return this;
    }

    /** The error shown at a field (its p:message), or "" when none. */
    public String errorAt(String name) {
        var found = driver.findElements(org.openqa.selenium.By.xpath(
                "//*[@id='" + FORM + name + "']/following-sibling::*[contains(@class, 'ui-message-error')]"));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    public String notice() {
        return text("orgProfileForm:orgProfileMessages");
    }
}
