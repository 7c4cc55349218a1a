package org.channelcenter.directory.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import org.channelcenter.kernel.entity.EmailAddresses;
import org.channelcenter.kernel.entity.Role;

/**
 * What an admin types to add a user. {@code userName} is the part before {@code @<organization's domain>};
 * {@code language} is the language of the invitation mail (and the new user's profile).
 */
public record NewUser(
        @NotBlank(message = "{org.channelcenter.validation.required}")
                @Pattern(regexp = USER_NAME_PATTERN, message = "{org.channelcenter.validation.userName}")
                String userName,
        @NotBlank(message = "{org.channelcenter.validation.required}")
                @Size(max = 200, message = "{org.channelcenter.validation.tooLong}")
                String displayName,
        @NotBlank(message = "{org.channelcenter.validation.required}")
                @Pattern(regexp = EmailAddresses.PATTERN, message = "{org.channelcenter.validation.email}")
                @Size(max = 320, message = "{org.channelcenter.validation.tooLong}")
                String email,
        @NotNull Set<Role> roles,
        Locale language)
        implements Serializable {

    /** Letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters. */
    public static final String USER_NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
}
