package org.channelcenter.partnership.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/** What a provider types to invite a reseller: where to send it, an optional note, the mail's language. */
public record NewPartnershipInvitation(
        @NotBlank(message = "{invitation.recipient.required}")
                @Email(message = "{invitation.recipient.invalid}")
                @Size(max = 320, message = "{invitation.recipient.invalid}")
                String recipientEmail,
        @Size(max = 2000, message = "{invitation.message.tooLong}") String message,
        @NotNull Locale language)
        implements Serializable {}
