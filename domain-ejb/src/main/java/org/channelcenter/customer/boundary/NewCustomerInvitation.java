package org.channelcenter.customer.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.channelcenter.kernel.entity.InvitationLetter;

/**
 * What a reseller types to invite a customer: where to send it, an optional note, the mail's language, and the
 * provider to invite together with ("Invite new customers"), or none ("Request a reseller relationship").
 */
public record NewCustomerInvitation(@NotNull @Valid InvitationLetter letter, Long providerId) implements Serializable {}
