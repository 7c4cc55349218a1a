package org.channelcenter.membership.control;

import java.util.List;
import org.channelcenter.membership.boundary.ProfileDraft;
import org.channelcenter.membership.boundary.RegistryProblem;
import org.channelcenter.membership.entity.ProfileStatus;

/**
 * One data row of a registry CSV, with the problems found in it without looking at the database.
 * {@code row} counts lines as a spreadsheet does: the header is row 1, the first data row is row 2.
 * The password is optional when the user name belongs to an existing account (it is then ignored).
 */
public record ImportRow(
        long row,
        String userName,
        String password,
        String networkId,
        String legalName,
        String countryCode,
        ProfileStatus status,
        List<RegistryProblem> problems) {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public ProfileDraft profile() {
        return new ProfileDraft(networkId, legalName, countryCode, status);
    }

    @Override
    public String toString() {
        // never the password
        return "ImportRow[row=" + row + ", userName=" + userName + ", networkId=" + networkId + ", problems=" + problems
                + "]";
    }
}
