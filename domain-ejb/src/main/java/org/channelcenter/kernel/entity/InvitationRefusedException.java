package org.channelcenter.kernel.entity;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A step of an invitation's lifecycle was refused: the link cannot be used, the invitation is not pending, the
 * sent text lost its link, or the invitation is not the caller's. The message is the kind's wording of the
 * {@link InvitationRefusal}; the transaction rolls back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class InvitationRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final InvitationRefusal refusal;

    /** {@code kind} names the invitations' wording, e.g. {@code customer} for {@code customer.refused.*}. */
    public InvitationRefusedException(InvitationRefusal refusal, String kind) {
        super(refusal.wordedFor(Objects.requireNonNull(kind, "kind")));
        this.refusal = refusal;
    }

    /** Which refusal of the lifecycle this is, whatever the kind of invitation. */
    public InvitationRefusal refusal() {
        return refusal;
    }
}
