package org.channelcenter.partnership.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/** What a provider types to invite a reseller: where to send it, an optional note, the mail's language. */
public record NewPartnershipInvitation(
        @NotBlank(message = "{partnership.recipient.required}")
        @Email(message = "{partnership.recipient.invalid}")
        @Size(max = 320, message = "{partnership.recipient.invalid}") String recipientEmail,
        @Size(max = 2000, message = "{partnership.message.tooLong}") String message,
        @NotNull Locale language) implements Serializable {
}
