package org.channelcenter.kernel.control;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.channelcenter.kernel.entity.Invitation;
import org.channelcenter.kernel.entity.Permission;

/**
 * What one kind of invitation tells its {@link InvitationLifecycle}: its entity, its name (which words its
 * refusals and names its audit records), who may send it, who sent it, its mail and its audit actions.
 *
 * @param type        the entity
 * @param name        e.g. {@code customer}: refusals {@code customer.refused.*}, audit target {@code customer invitation 7}
 * @param invitePermission what the caller's organization and roles must grant to send one
 * @param senderPath  the entity's path to the sending organization in JPQL, e.g. {@code reseller}
 * @param byHash      the named query that finds the entity by {@code :hash} (the stored form of the link's token)
 * @param senderOf    the sending organization's id: only its users may see, revoke and re-send the invitation
 * @param concerned   the organizations whose audit log shows the invitation's events
 * @param createdDetails the audit details of a new invitation (e.g. "to a@b.example together with Northwind")
 */
public record InvitationKind<I extends Invitation>(
        Class<I> type,
        String name,
        Permission invitePermission,
        String senderPath,
        String byHash,
        ToLongFunction<I> senderOf,
        Function<I, Long[]> concerned,
        Function<I, String> createdDetails,
        InvitationMail<I> mail,
        InvitationAudit audit) {

    public InvitationKind {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(invitePermission, "invitePermission");
        Objects.requireNonNull(senderPath, "senderPath");
        Objects.requireNonNull(byHash, "byHash");
        Objects.requireNonNull(senderOf, "senderOf");
        Objects.requireNonNull(concerned, "concerned");
        Objects.requireNonNull(createdDetails, "createdDetails");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(audit, "audit");
    }

    /** How the audit trail names one invitation. */
    String target(long invitationId) {
        return name + " invitation " + invitationId;
    }
}
