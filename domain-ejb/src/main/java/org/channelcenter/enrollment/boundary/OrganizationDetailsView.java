package org.channelcenter.enrollment.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.channelcenter.enrollment.entity.BusinessProfile;

/**
 * The caller's organization profile as the page shows it: the organization's name and country (the directory's,
 * not editable here), its legal and support details, the version to change them against (0 while none was saved:
 * the details then come from the approved enrollment application, or only the name), whether the caller may
 * change them, and who last did and when (null while none was saved).
 */
public record OrganizationDetailsView(
        String organizationName,
        String countryCode,
        BusinessProfile profile,
        long version,
        boolean editable,
        String changedBy,
        Instant changedAt)
        implements Serializable {

    /** A copy: the page's form edits its own. */
    @Override
    public BusinessProfile profile() {
        return profile.copy();
    }
}
