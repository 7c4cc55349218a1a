package org.channelcenter.enrollment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationDetailsTest {

    private static BusinessProfile profile(String legalName, String supportEmail) {
        BusinessProfile profile = new BusinessProfile();
        profile.setLegalName(legalName);
        profile.setSupportEmail(supportEmail);
        return profile;
    }

    @Test
    void aChangeNamesTheFieldsThatChangedAndWhoChangedThem() {
        OrganizationDetails details =
                new OrganizationDetails(7, profile("Contoso", "a@example.com"), "first@contoso.example", Instant.EPOCH);
        BusinessProfile edited = profile("Contoso Ltd", "a@example.com");
        edited.setSupportPhone("+1 555 0100");

        assertEquals(
                List.of("legalName", "supportPhone"), details.change(edited, "admin@contoso.example", Instant.MAX));
        assertEquals("Contoso Ltd", details.getProfile().getLegalName());
        assertEquals("admin@contoso.example", details.getChangedBy());
        assertEquals(Instant.MAX, details.getChangedAt());
    }

    @Test
    void blankAndAbsentAreTheSameSoNothingChangesAndNothingIsWritten() {
        OrganizationDetails details =
                new OrganizationDetails(7, profile("Contoso", "a@example.com"), "first@contoso.example", Instant.EPOCH);
        BusinessProfile same = profile(" Contoso ", "a@example.com");
        same.setCity("");

        assertEquals(List.of(), details.change(same, "admin@contoso.example", Instant.MAX));
        assertEquals("first@contoso.example", details.getChangedBy());
        assertEquals(Instant.EPOCH, details.getChangedAt());
    }

    @Test
    void theEntityNeverSharesItsProfileWithAForm() {
        BusinessProfile form = profile("Contoso", "a@example.com");
        OrganizationDetails details = new OrganizationDetails(7, form, "first@contoso.example", Instant.EPOCH);
        form.setLegalName("Changed in the form");
        details.getProfile().setLegalName("Changed in a copy");

        assertEquals("Contoso", details.getProfile().getLegalName());
    }
}
