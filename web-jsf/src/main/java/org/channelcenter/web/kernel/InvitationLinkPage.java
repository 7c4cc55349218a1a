package org.channelcenter.web.kernel;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.channelcenter.kernel.boundary.Invitations;
import org.channelcenter.kernel.entity.DomainException;

/**
 * The page an invitation's link opens (a customer's, a reseller's): the invitation read once per visit, or the
 * reason the link cannot be used, and the consent box. The subclass reads the invitation from its boundary and
 * accepts it.
 *
 * @param <V> what the boundary shows of the invitation
 */
public abstract class InvitationLinkPage<V> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected DomainMessages messages;

    private String token;
    private V invitation;
    private String refusal;
    private boolean consent;

    /** The boundary of the page's kind of invitation, which shows a usable link's invitation to its holder. */
    protected abstract Invitations<?, ?, V> invitations();

    /** The message key of why this visitor cannot accept an invitation they may see, or null. */
    protected String refusalFor(V readInvitation) {
        return null;
    }

    /** Whether the invitation was accepted on this page. */
    protected abstract boolean isAccepted();

    /** View action: reads the invitation once per visit. */
    public void load() {
        if (invitation != null || refusal != null) {
            return;
        }
        try {
            invitation = invitations().invitation(token);
            refusal = refusalFor(invitation);
        } catch (DomainException e) {
            refusal = messages.keyFor(e);
        }
    }

    public boolean isUsable() {
        return invitation != null && refusal == null && !isAccepted();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public V getInvitation() {
        return invitation;
    }

    public String getRefusal() {
        return refusal;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
