package org.channelcenter.membership.control;

import java.util.ArrayList;
import java.util.List;
import org.channelcenter.membership.boundary.RegistryProblem;
import org.channelcenter.membership.entity.MembershipAccount;
import org.channelcenter.membership.entity.OrganizationProfile;

/**
 * The registry's input rules as a list of problems, for showing all of them at once (form fields, CSV
 * rows). The entities keep the same rules as invariants; these only ask them first, so a user gets a
 * message instead of an exception. Uniqueness is checked against the database by {@link Registrations}.
 */
public final class RegistryRules {

    private RegistryRules() {}

    /** Problems of a new account's user name and password (the password is required for a new account). */
    public static List<RegistryProblem> checkNewAccount(String userName, String password) {
        List<RegistryProblem> problems = new ArrayList<>();
        if (!MembershipAccount.isValidUserName(MembershipAccount.normalizeUserName(userName))) {
            problems.add(RegistryProblem.USER_NAME_INVALID);
        }
        problems.addAll(checkPassword(password));
        return problems;
    }

    public static List<RegistryProblem> checkPassword(String password) {
        if (password == null || password.isEmpty()) {
            return List.of(RegistryProblem.PASSWORD_REQUIRED);
        }
        return MembershipAccount.isAcceptablePassword(password) ? List.of() : List.of(RegistryProblem.PASSWORD_INVALID);
    }

    /** Problems of a new profile's fields. */
    public static List<RegistryProblem> checkNewProfile(String networkId, String legalName, String countryCode) {
        List<RegistryProblem> problems = new ArrayList<>();
        if (!OrganizationProfile.isValidNetworkId(networkId)) {
            problems.add(RegistryProblem.NETWORK_ID_INVALID);
        }
        problems.addAll(checkProfileDetails(legalName, countryCode));
        return problems;
    }

    /** Problems of the fields an existing profile may change. */
    public static List<RegistryProblem> checkProfileDetails(String legalName, String countryCode) {
        List<RegistryProblem> problems = new ArrayList<>();
        if (!OrganizationProfile.isValidLegalName(legalName)) {
            problems.add(RegistryProblem.LEGAL_NAME_INVALID);
        }
        if (!OrganizationProfile.isValidCountryCode(countryCode)) {
            problems.add(RegistryProblem.COUNTRY_INVALID);
        }
        return problems;
    }
}
