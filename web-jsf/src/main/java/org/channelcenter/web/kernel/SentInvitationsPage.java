package org.channelcenter.web.kernel;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.channelcenter.kernel.boundary.Invitations;
import org.channelcenter.kernel.boundary.SentInvitation;

/**
 * A sender's invitation list (Indirect resellers for a provider, Customer invitations for a reseller): the
 * rows paged by the boundary, revoking and re-sending one.
 */
public abstract class SentInvitationsPage<R extends SentInvitation> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected DomainMessages messages;

    private BoundaryLazyDataModel<R> rows;

    /** The boundary of the page's kind of invitation. */
    protected abstract Invitations<?, R, ?> invitations();

    public BoundaryLazyDataModel<R> getInvitations() {
        if (rows == null) {
            rows = new BoundaryLazyDataModel<>(
                    filter -> invitations().count(filter),
                    request -> invitations().find(request),
                    row -> Long.toString(row.id()));
        }
        return rows;
    }

    public void revoke(R row) {
        act(() -> invitations().revoke(row.id(), row.version()), "invitations.revoked", row);
    }

    public void resend(R row) {
        act(() -> invitations().resend(row.id(), row.version()), "invitations.resent", row);
    }

    private void act(Runnable action, String doneKey, R row) {
        messages.attempt(
                () -> {
                    action.run();
                    messages.info(doneKey, row.recipientEmail());
                },
                null);
    }
}
