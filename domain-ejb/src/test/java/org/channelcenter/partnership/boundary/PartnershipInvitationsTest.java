package org.channelcenter.partnership.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.control.SecureToken;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.partnership.control.PartnershipMail;
import org.channelcenter.partnership.entity.PartnershipInvitation;
import org.junit.jupiter.api.Test;

/** The platform sends an edited draft only while it still holds the invitation's own link. */
class PartnershipInvitationsTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    private static final String PATH = PartnershipMail.AUTHORIZE_PATH;

    @Test
    void theTextMustHoldThisInvitationsCurrentLink() {
        Organization provider =
                new Organization(OrganizationKind.PROVIDER, "Northwind", "northwind.example", "US", NOW);
        UserAccount inviter =
                new UserAccount(provider, "noah", "Noah", "noah@x.example", Set.of(Role.SALES_AGENT), NOW);
        SecureToken token = SecureToken.generate();
        PartnershipInvitation invitation = new PartnershipInvitation(
                inviter, new InvitationLetter("c@x.example", null, Locale.ENGLISH), token.hash(), NOW);
        String link = "https://portal.example/partnership/authorize-provider.xhtml?token=" + token.value();

        assertTrue(invitation.isLinkedFrom("Hi,\n" + link + "\nbye", PATH));
        assertTrue(invitation.isLinkedFrom("(" + link + ").", PATH), "punctuation around it");
        assertFalse(invitation.isLinkedFrom("Hi, no link here", PATH));
        assertFalse(invitation.isLinkedFrom(link.substring(0, link.length() - 3), PATH), "cut short");
        String other = "https://portal.example/partnership/authorize-provider.xhtml?token="
                + SecureToken.generate().value();
        assertFalse(invitation.isLinkedFrom(other, PATH), "another invitation's link");
    }
}
