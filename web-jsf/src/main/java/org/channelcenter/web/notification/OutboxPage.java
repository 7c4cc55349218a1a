package org.channelcenter.web.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelcenter.notification.boundary.OutboxEntry;
import org.channelcenter.notification.boundary.Outboxes;
import org.channelcenter.notification.entity.MailStatus;
import org.channelcenter.notification.entity.OneTimeLinks;
import org.channelcenter.web.i18n.Messages;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;

/**
 * Staff › Outbox: every queued mail, paged and filtered (text and status) in the database; a row opens to
 * the mail's text; a test mail can be queued to any address.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Outboxes outboxes;

    // Messages holds the request's FacesContext and cannot live in the view scope; one is made per use.
    @Inject
    Instance<Messages> messages;

    private BoundaryLazyDataModel<OutboxEntry> mails;
    private MailStatus status;
    private String recipient;
    private Boolean deliveryConfigured;

    public BoundaryLazyDataModel<OutboxEntry> getMails() {
        if (mails == null) {
            // The status filter is read when the table loads; changing it resets the total and the position
            // (statusChanged) before the table filters again. Paged by keys on the creation time.
            mails = BoundaryLazyDataModel.keyset(
                    text -> outboxes.total(text, status),
                    request -> outboxes.page(request, status),
                    entry -> Long.toString(entry.id()));
        }
        return mails;
    }

    /** Another status (or a new mail): the table counts again and reads from its first page. */
    public void statusChanged() {
        if (mails != null) {
            mails.reset();
        }
    }

    /**
     * The mail's text, read only when its row is opened. It never holds a one-time link: each one was removed
     * when the mail was queued, and the mark left in its place is shown in the reader's language.
     */
    public String bodyOf(OutboxEntry entry) {
        String body = outboxes.body(entry.id()).orElse("");
        if (!body.contains(OneTimeLinks.REMOVED)) {
            return body;
        }
        Messages text = messages.get();
        try {
            return body.replace(OneTimeLinks.REMOVED, text.text("outbox.linkRemoved"));
        } finally {
            messages.destroy(text);
        }
    }

    public void sendTestMail() {
        OutboxEntry queued = outboxes.sendTestMail(
                recipient, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        Messages text = messages.get();
        try {
            text.info("outbox.test.queued", queued.recipient(), text.text("mailStatus." + queued.status()));
        } finally {
            messages.destroy(text);
        }
        recipient = null;
        statusChanged(); // one more mail: counted again
    }

    public boolean isDeliveryConfigured() {
        if (deliveryConfigured == null) {
            deliveryConfigured = outboxes.isDeliveryConfigured();
        }
        return deliveryConfigured;
    }

    public List<MailStatus> getStatuses() {
        return List.of(MailStatus.values());
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
