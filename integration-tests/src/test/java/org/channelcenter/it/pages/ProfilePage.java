package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Your profile ({@code directory/profile.xhtml}): reached by the signed-in user's name in the header. */
public final class ProfilePage extends Page {

    public static final String PATH = "directory/profile.xhtml";

    private ProfilePage(PortalPage portal) {
        super(portal);
    }

    /** Follows the signed-in user's name in the header. */
    public static ProfilePage fromHeader(PortalPage portal) {
        portal.click("shellForm:myProfile", "profileForm:saveProfile");
        return new ProfilePage(portal);
    }

    /** The time zone chosen (its IANA id), or "" for the browser's. */
    public String timeZone() {
        return value("profileForm:timeZone_input");
    }

    /** The first choice's label: the browser's zone, as the server learned it. */
    public String browserChoice() {
        return driver.findElement(org.openqa.selenium.By.cssSelector("[id='profileForm:timeZone_input'] option"))
                .getAttribute("textContent");
    }

    public ProfilePage chooseTimeZone(String zoneId) {
        choose("timeZoneMenu", zoneId);
        return this;
    }

    public void save() {
        portal.click("profileForm:saveProfile", "messages");
    }

    public String messages() {
        return text("messages");
    }

    public String nowHint() {
        return text("profileForm:timeZoneHint");
    }
}
