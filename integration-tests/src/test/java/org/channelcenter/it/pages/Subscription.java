package org.channelcenter.it.pages;

import java.util.List;
import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** One subscription's row in a customer record, with its actions. */
public final class Subscription extends Page {

    private final String row;

    Subscription(PortalPage portal, String row) {
        super(portal);
        this.row = row;
    }

    public String status() {
        return textNow(row + "subscriptionStatus");
    }

    public void awaitStatus(String status) {
        awaitExactText(row + "subscriptionStatus", status);
    }

    public String offer() {
        return textNow(row + "subscriptionOffer");
    }

    public boolean offersSuspend() {
        return present(row + "suspendSubscription");
    }

    public boolean offersReactivate() {
        return present(row + "reactivateSubscription");
    }

    public boolean offersAnyAction() {
        return !actionButtons(driver, row).isEmpty();
    }

    /** Suspend: the dialog asks first. */
    public SubscriptionActions suspend() {
        press(row + "suspendSubscription");
        SubscriptionActions actions = new SubscriptionActions(portal);
        actions.awaitSuspendDialog();
        return actions;
    }

    public void reactivate() {
        press(row + "reactivateSubscription");
    }

    /** Cancel: the dialog asks first. */
    public SubscriptionActions cancel() {
        press(row + "cancelSubscription");
        return new SubscriptionActions(portal);
    }

    /** The action buttons of the rows under {@code rowPrefix}, not those of the cancel dialog. */
    static List<WebElement> actionButtons(WebDriver driver, String rowPrefix) {
        return driver.findElements(By.xpath("//*[contains(@id,'" + rowPrefix + "suspendSubscription') or contains(@id,'"
                + rowPrefix + "reactivateSubscription') or contains(@id,'" + rowPrefix + "cancelSubscription')]"
                + "[not(ancestor::*[@id='" + SubscriptionActions.CANCEL_DIALOG + "'])]"));
    }
}
