package org.channelcenter.membership.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.channelcenter.membership.boundary.RegistryProblem;
import org.junit.jupiter.api.Test;

class RegistryRulesTest {

    @Test
    void aGoodAccountAndProfileHaveNoProblems() {
        assertEquals(List.of(), RegistryRules.checkNewAccount("Staff.Member@x", "Secret#2026"));
        assertEquals(List.of(), RegistryRules.checkNewProfile("123456", "Contoso", "br"));
    }

    @Test
    void aMissingPasswordIsRequiredAndAShortOneInvalid() {
        assertEquals(List.of(RegistryProblem.PASSWORD_REQUIRED), RegistryRules.checkPassword(null));
        assertEquals(List.of(RegistryProblem.PASSWORD_REQUIRED), RegistryRules.checkPassword(""));
        assertEquals(List.of(RegistryProblem.PASSWORD_INVALID), RegistryRules.checkPassword("1234567"));
        assertEquals(List.of(RegistryProblem.PASSWORD_INVALID), RegistryRules.checkPassword("        "));
    }

    @Test
    void allProblemsOfAProfileAreListedInFieldOrder() {
        assertEquals(
                List.of(
                        RegistryProblem.NETWORK_ID_INVALID,
                        RegistryProblem.LEGAL_NAME_INVALID,
                        RegistryProblem.COUNTRY_INVALID),
                RegistryRules.checkNewProfile("12345", " ", "ZZ"));
        assertEquals(
                List.of(RegistryProblem.LEGAL_NAME_INVALID), RegistryRules.checkProfileDetails("x".repeat(201), "US"));
    }

    @Test
    void userNamesWithSpacesOrTooShortAreInvalid() {
        assertEquals(List.of(RegistryProblem.USER_NAME_INVALID), RegistryRules.checkNewAccount("a b", "Secret#2026"));
        assertEquals(List.of(RegistryProblem.USER_NAME_INVALID), RegistryRules.checkNewAccount("ab", "Secret#2026"));
        assertEquals(List.of(RegistryProblem.USER_NAME_INVALID), RegistryRules.checkNewAccount(null, "Secret#2026"));
    }
}
