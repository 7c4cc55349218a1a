package org.channelcenter.web.commerce;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.channelcenter.commerce.boundary.SubscriptionRow;
import org.channelcenter.commerce.boundary.Subscriptions;
import org.channelcenter.commerce.entity.CommerceRefusedException;
import org.channelcenter.web.customer.CustomerRecords;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * Suspend, Reactivate and Cancel of a subscription in a customer's record (the Customers page's expanded rows
 * and the customer's own page). The row's button puts the subscription's id and the version the user saw into
 * this bean's form ({@code WEB-INF/includes/subscription-actions.xhtml}) and posts that form, so the change is
 * made on exactly what was on screen: a change made meanwhile is refused as a concurrent change, never applied
 * over it. The form lives outside the customer tables, so a click costs no re-reading of the tables' rows.
 */
@Named
@RequestScoped
public class SubscriptionActions {

    @EJB
    Subscriptions subscriptions;

    @Inject
    DomainMessages messages;

    @Inject
    CustomerRecords records;

    private Long subscriptionId;
    private Long version;

    public void suspend() {
        change(subscriptions::suspend, "subscriptions.suspended");
    }

    public void reactivate() {
        change(subscriptions::reactivate, "subscriptions.reactivated");
    }

    public void cancel() {
        change(subscriptions::cancel, "subscriptions.cancelled");
    }

    private void change(Change change, String doneKey) {
        if (subscriptionId == null || version == null) {
            // only a hand-made post lacks them: answered like an id that is not the caller's
            messages.show(new CommerceRefusedException(CommerceRefusedException.Reason.NOT_FOUND), null);
            return;
        }
        try {
            messages.attempt(
                    () -> {
                        SubscriptionRow changed = change.apply(subscriptionId, version);
                        messages.info(doneKey, changed.offerName());
                    },
                    null);
        } finally {
            // changed or refused because it changed meanwhile: either way, show the record as it is now
            records.changed();
        }
    }

    @FunctionalInterface
    private interface Change {
        SubscriptionRow apply(long subscriptionId, long expectedVersion);
    }

    public Long getSubscriptionId() {
        return subscriptionId;
    }

    public void setSubscriptionId(Long subscriptionId) {
        this.subscriptionId = subscriptionId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
