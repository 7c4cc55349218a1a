package org.channelcenter.kernel.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * One set of invitation refusals for every kind: texts that name the sender are the kind's own, the others are
 * said once, and a refusal reads as its reason wherever it is logged.
 */
class InvitationRefusalTest {

    @Test
    void aKindWordsTheTextsThatNameTheSender() {
        assertEquals(
                "customer.refused.LINK_EXPIRED",
                InvitationRefusal.LINK_EXPIRED.wordedFor("customer").messageKey());
        assertEquals(
                "partnership.refused.NOT_FOUND",
                InvitationRefusal.NOT_FOUND.wordedFor("partnership").messageKey());
        assertEquals(
                "invitation.refused.INVITATION_NOT_PENDING",
                InvitationRefusal.INVITATION_NOT_PENDING.wordedFor("customer").messageKey());
        assertEquals("invitation.refused.LINK_USED", InvitationRefusal.LINK_USED.messageKey(), "the kind-neutral text");
    }

    @Test
    void theExceptionKeepsTheReasonAndTheKindsWords() {
        InvitationRefusedException refused = new InvitationRefusedException(InvitationRefusal.LINK_REVOKED, "customer");
        assertEquals(InvitationRefusal.LINK_REVOKED, refused.refusal());
        assertEquals("customer.refused.LINK_REVOKED", refused.reason().messageKey());
        assertEquals("LINK_REVOKED", refused.getMessage());
    }
}
