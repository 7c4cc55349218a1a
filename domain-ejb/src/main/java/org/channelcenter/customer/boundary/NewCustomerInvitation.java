package org.channelcenter.customer.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/**
 * What a reseller types to invite a customer: where to send it, an optional note, the mail's language, and the
 * provider to invite together with ("Invite new customers"), or none ("Request a reseller relationship").
 */
public record NewCustomerInvitation(
        @NotBlank(message = "{invitation.recipient.required}")
                @Email(message = "{invitation.recipient.invalid}")
                @Size(max = 320, message = "{invitation.recipient.invalid}")
                String recipientEmail,
        @Size(max = 2000, message = "{invitation.message.tooLong}") String message,
        @NotNull Locale language,
        Long providerId)
        implements Serializable {}
