package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** The page-level form the subscription actions post through (include {@code subscription-actions.xhtml}). */
public final class SubscriptionActions extends Page {

    static final String CANCEL_DIALOG = "cancelSubscriptionDialog";
    private static final String FORM = "subscriptionActionsForm";
    private static final String MESSAGES = FORM + ":subscriptionMessages";
    private static final String CONFIRM = "cancelSubscriptionForm:confirmCancelSubscription";
    private static final String SUSPEND_DIALOG = "suspendSubscriptionDialog";
    private static final String CONFIRM_SUSPEND = "suspendSubscriptionForm:confirmSuspendSubscription";

    public SubscriptionActions(PortalPage portal) {
        super(portal);
    }

    public boolean isOnPage() {
        return present(FORM);
    }

    public void awaitMessage(String text) {
        awaitText(MESSAGES, text);
    }

    public String messages() {
        return textNow(MESSAGES);
    }

    public void awaitCancelDialog() {
        portal.waiting()
                .until(d -> d.findElement(org.openqa.selenium.By.id(CONFIRM)).isDisplayed());
    }

    public String cancelDialog() {
        return text(CANCEL_DIALOG);
    }

    public String cancelMeaning() {
        return textNow("cancelSubscriptionMeaning");
    }

    /** Keep it: closes the dialog, changes nothing. */
    public void keep() {
        press("cancelSubscriptionForm:keepSubscription");
        awaitInvisible(CANCEL_DIALOG);
    }

    public void confirmCancel() {
        press(CONFIRM);
    }

    public void awaitSuspendDialog() {
        portal.waiting().until(d -> d.findElement(org.openqa.selenium.By.id(CONFIRM_SUSPEND))
                .isDisplayed());
    }

    public String suspendDialog() {
        return text(SUSPEND_DIALOG);
    }

    /** Keep it active: closes the dialog, changes nothing. */
    public void keepActive() {
        press("suspendSubscriptionForm:keepSubscriptionActive");
        awaitInvisible(SUSPEND_DIALOG);
    }

    public void confirmSuspend() {
        press(CONFIRM_SUSPEND);
    }
}
