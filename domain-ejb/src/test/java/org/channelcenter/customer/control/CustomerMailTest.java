package org.channelcenter.customer.control;

import static org.channelcenter.kernel.entity.EntityIds.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.channelcenter.customer.entity.CustomerInvitation;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.SampleOrganizations;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.notification.control.Outbox;
import org.channelcenter.notification.control.TemplatedInvitationMail;
import org.channelcenter.notification.entity.OutboxMessage;
import org.junit.jupiter.api.Test;

/**
 * The customer invitation's mail: the shared invitation text (link, personal message, expiry) in the invitation's
 * language, one template for the reseller alone and one with its provider, sent as its sender wrote it.
 */
class CustomerMailTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    private final Organization reseller = SampleOrganizations.contoso(1L, NOW);
    private final Organization provider = SampleOrganizations.northwind(2L, NOW);
    private final UserAccount inviter =
            new UserAccount(reseller, "sam", "Sam Reed", "sam@contoso.example", Set.of(Role.SALES_AGENT), NOW);
    private final List<String> queued = new ArrayList<>();
    private final CustomerMail mail = new CustomerMail();

    CustomerMailTest() throws ReflectiveOperationException {
        Field outbox = TemplatedInvitationMail.class.getDeclaredField("outbox"); // injected by CDI in the server
        outbox.setAccessible(true);
        outbox.set(mail, new Outbox() {
            @Override
            public String portalUrl() {
                return "https://portal.example/";
            }

            @Override
            public OutboxMessage enqueueWritten(
                    String template, String recipient, Locale locale, String subject, String body) {
                queued.add(template + "|" + recipient + "|" + locale + "|" + subject + "|" + body);
                return null;
            }
        });
    }

    @Test
    void theDraftHoldsTheLinkTheMessageAndWhoInvites() {
        CustomerInvitation invitation = withId(
                new CustomerInvitation(
                        inviter,
                        null,
                        new InvitationLetter("ada@adatum.example", "See you there", Locale.ENGLISH),
                        "hash",
                        NOW),
                7L);
        String link = mail.linkFor("token-123");
        InvitationDraft draft = mail.draft(invitation, link);

        assertEquals("https://portal.example/public/customer-invitation.xhtml?token=token-123", link);
        assertEquals(7L, draft.invitationId());
        assertEquals("ada@adatum.example", draft.recipient());
        assertEquals(link, draft.link());
        assertTrue(draft.body().contains(link), draft.body());
        assertTrue(draft.body().contains("See you there\n\n"), draft.body());
        assertTrue(draft.body().contains("Sam Reed") && draft.body().contains("Contoso"), draft.body());
        assertFalse(draft.body().contains("Northwind"), "the reseller alone");

        mail.sendWritten(invitation, draft.subject(), "edited " + link);
        assertEquals(
                List.of("customer.invitation|ada@adatum.example|en|" + draft.subject() + "|edited " + link), queued);
    }

    @Test
    void withAProviderTheTextNamesItAndIsItsOwnTemplate() {
        CustomerInvitation invitation = withId(
                new CustomerInvitation(
                        inviter,
                        provider,
                        new InvitationLetter("ada@adatum.example", null, Locale.forLanguageTag("pt-BR")),
                        "hash",
                        NOW),
                8L);
        InvitationDraft draft = mail.draft(invitation, mail.linkFor("token-123"));

        assertTrue(draft.subject().contains("Northwind") || draft.body().contains("Northwind"), draft.body());
        mail.sendWritten(invitation, draft.subject(), draft.body());
        assertTrue(queued.get(0).startsWith("customer.invitation.provider|ada@adatum.example|pt_BR|"), queued.get(0));
    }
}
