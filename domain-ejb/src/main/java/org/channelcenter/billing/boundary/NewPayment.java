package org.channelcenter.billing.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment the provider's billing staff record by hand: the amount received, the day, and their reference. */
public record NewPayment(
        @NotNull(message = "{org.channelcenter.validation.required}")
                @DecimalMin(value = "0", inclusive = false, message = "{org.channelcenter.validation.paymentAmount}")
                BigDecimal amount,
        @NotNull(message = "{org.channelcenter.validation.required}")
                @PastOrPresent(message = "{org.channelcenter.validation.paymentDay}")
                LocalDate receivedOn,
        @Size(max = 100, message = "{org.channelcenter.validation.tooLong}") String reference)
        implements Serializable {}
