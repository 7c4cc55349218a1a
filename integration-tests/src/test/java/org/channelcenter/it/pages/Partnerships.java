package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The partnerships table (include {@code partnerships.xhtml}): a row per partner, found by its domain. */
public final class Partnerships extends Page {

    static final String TABLE = "partnershipsForm:partnerships";

    public Partnerships(PortalPage portal) {
        super(portal);
    }

    private static WebElement row(WebDriver driver, String domain) {
        return driver.findElement(rowWith(TABLE, "cc-partner-domain", domain));
    }

    public String rowText(String domain) {
        return row(driver, domain).getText();
    }

    /** Invite customers together with the partner of that domain. */
    public InviteCustomersPage inviteCustomersWith(String domain) {
        buttonsIn(row(driver, domain), "inviteCustomers").get(0).click();
        return InviteCustomersPage.shown(portal);
    }

    /** End the partnership with the partner of that domain: the dialog asks for a reason. */
    public Partnerships endWith(String domain) {
        buttonsIn(row(driver, domain), "endPartnership").get(0).click();
        awaitVisible("endForm:confirmEnd");
        return this;
    }

    public Partnerships reason(String reason) {
        type("endForm:endReason", reason);
        return this;
    }

    public void confirmEnd() {
        press("endForm:confirmEnd");
    }

    public void awaitReasonMessage(String text) {
        awaitText("endForm:endReasonMessage", text);
    }

    public void awaitNoRowFor(String domain) {
        portal.waiting().until(d -> d.findElements(rowWith(TABLE, "cc-partner-domain", domain))
                .isEmpty());
    }

    /** Ticks "with ended partnerships". */
    public void toggleEnded() {
        tick(TABLE + ":withEnded");
    }

    public void awaitRowText(String domain, String text) {
        portal.waiting().until(d -> row(d, domain).getText().contains(text));
    }
}
