package org.channelcenter.customer.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.channelcenter.kernel.entity.EmailAddresses;

/** A customer user's new display name and contact email, as a partner edits them (the sign-in name stays). */
public record CustomerUserChange(
        @NotBlank(message = "{org.channelcenter.validation.required}")
                @Size(max = 200, message = "{org.channelcenter.validation.tooLong}")
                String displayName,
        @NotBlank(message = "{org.channelcenter.validation.required}")
                @Pattern(regexp = EmailAddresses.PATTERN, message = "{org.channelcenter.validation.email}")
                @Size(max = 320, message = "{org.channelcenter.validation.tooLong}")
                String email)
        implements Serializable {}
