package org.channelcenter.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.audit.entity.AuditEvent;
import org.channelcenter.kernel.control.InvitationAudit;
import org.channelcenter.kernel.control.InvitationAudit.Event;
import org.junit.jupiter.api.Test;

/**
 * A kind's invitation steps are recorded as its own actions in the caller's transaction; its refusals (an unusable
 * link, someone else's invitation) in their own, so that the refusal's rollback keeps them.
 */
class InvitationAuditsTest {

    private final List<String> recorded = new ArrayList<>();

    private final AuditTrail trail = new AuditTrail() {
        @Override
        public AuditEvent record(AuditAction action, String target, String details, Long... concerned) {
            recorded.add("in the caller's transaction: " + action + " " + target + " " + details + " "
                    + Arrays.toString(concerned));
            return null;
        }
    };

    private final AuditLog log = new AuditLog() {
        @Override
        public void recordDenial(AuditAction action, String target, String details, Long... concerned) {
            recorded.add("in its own: " + action + " " + target + " " + details + " " + Arrays.toString(concerned));
        }
    };

    @Test
    void stepsAreTheKindsActionsAndRefusalsOutliveTheRollback() {
        InvitationAudit audit = InvitationAudits.recording(
                trail,
                log,
                AuditAction.CUSTOMER_INVITATION_CREATED,
                AuditAction.CUSTOMER_INVITATION_SENT,
                AuditAction.CUSTOMER_INVITATION_RESENT,
                AuditAction.CUSTOMER_INVITATION_REVOKED,
                AuditAction.CUSTOMER_LINK_REFUSED);

        audit.record(Event.CREATED, "customer invitation 7", "to a@b.example", 1L, 2L);
        audit.record(Event.SENT, "customer invitation 7", "to a@b.example", 1L);
        audit.record(Event.RESENT, "customer invitation 7", "to a@b.example", 1L);
        audit.record(Event.REVOKED, "customer invitation 7", "to a@b.example", 1L);
        audit.record(Event.LINK_REFUSED, "customer invitation link", "LINK_INVALID");
        audit.record(Event.NOT_OWN, "customer invitation 8", "not an invitation of the caller's organization", 3L);

        assertEquals(
                List.of(
                        "in the caller's transaction: CUSTOMER_INVITATION_CREATED customer invitation 7 to a@b.example [1, 2]",
                        "in the caller's transaction: CUSTOMER_INVITATION_SENT customer invitation 7 to a@b.example [1]",
                        "in the caller's transaction: CUSTOMER_INVITATION_RESENT customer invitation 7 to a@b.example [1]",
                        "in the caller's transaction: CUSTOMER_INVITATION_REVOKED customer invitation 7 to a@b.example [1]",
                        "in its own: CUSTOMER_LINK_REFUSED customer invitation link LINK_INVALID []",
                        "in its own: ACCESS_DENIED customer invitation 8 not an invitation of the caller's organization [3]"),
                recorded);
    }
}
