package org.channelcenter.web.kernel;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.SentInvitation;
import org.channelcenter.kernel.entity.DomainException;

/**
 * A sender's invitation list (Indirect resellers for a provider, Customer invitations for a reseller): the
 * rows paged by the boundary, revoking and re-sending one.
 */
public abstract class SentInvitationsPage<R extends SentInvitation> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected DomainMessages messages;

    private BoundaryLazyDataModel<R> rows;

    protected abstract long count(String filter);

    protected abstract List<R> find(PageRequest request);

    protected abstract void revoke(long id, long version);

    protected abstract void resend(long id, long version);

    public BoundaryLazyDataModel<R> getInvitations() {
        if (rows == null) {
            rows = new BoundaryLazyDataModel<>(this::count, this::find, row -> Long.toString(row.id()));
        }
        return rows;
    }

    public void revoke(R row) {
        act(() -> revoke(row.id(), row.version()), "invitations.revoked", row);
    }

    public void resend(R row) {
        act(() -> resend(row.id(), row.version()), "invitations.resent", row);
    }

    private void act(Runnable action, String doneKey, R row) {
        try {
            action.run();
            messages.info(doneKey, row.recipientEmail());
        } catch (DomainException e) {
            messages.show(e, null);
        } catch (EJBException e) {
            messages.showConcurrentChangeOrRethrow(e, null);
        }
    }
}
