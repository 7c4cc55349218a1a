package org.channelcenter.kernel.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/**
 * What the sender of any kind of invitation writes: where it goes, an optional note, and the mail's language.
 * Checked at the boundary ({@code @Valid}) before an invitation is made of it.
 */
public record InvitationLetter(
        @NotBlank(message = "{invitation.recipient.required}")
                @Pattern(regexp = EmailAddresses.PATTERN, message = "{invitation.recipient.invalid}")
                @Size(max = 320, message = "{invitation.recipient.invalid}")
                String recipientEmail,
        @Size(max = 2000, message = "{invitation.message.tooLong}") String message,
        @NotNull Locale language)
        implements Serializable {}
