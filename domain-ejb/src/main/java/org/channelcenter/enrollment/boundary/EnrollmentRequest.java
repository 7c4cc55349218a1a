package org.channelcenter.enrollment.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Locale;
import org.channelcenter.directory.boundary.NewDirectory;
import org.channelcenter.enrollment.entity.BusinessProfile;

/**
 * Everything the wizard gathered, sent once with <b>Enroll now</b>. The boundary checks every credential
 * again: nothing the wizard showed earlier is trusted.
 *
 * @param directorySignIn   sign-in name of a global admin of an existing directory, or null with {@code newDirectory}
 * @param directoryPassword that admin's password
 * @param newDirectory      "Create new tenant", or null
 */
public record EnrollmentRequest(
        String directorySignIn,
        String directoryPassword,
        @Valid NewDirectory newDirectory,
        String membershipUserName,
        String membershipPassword,
        long profileId,
        @NotNull @Valid BusinessProfile profile,
        @NotNull Locale locale)
        implements Serializable {}
