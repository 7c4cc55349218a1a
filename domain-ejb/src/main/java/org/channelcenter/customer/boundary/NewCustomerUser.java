package org.channelcenter.customer.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import org.channelcenter.directory.boundary.NewUser;
import org.channelcenter.kernel.entity.EmailAddresses;

/**
 * What a partner types to add a user to a customer's directory: the same fields and rules as
 * {@link NewUser}, without roles (a partner adds license users; the customer's admins are its own business).
 * {@code userName} is the part before {@code @<customer's domain>}; {@code language} is the mail's.
 */
public record NewCustomerUser(
        @NotBlank(message = "{org.channelcenter.validation.required}")
                @Pattern(regexp = NewUser.USER_NAME_PATTERN, message = "{org.channelcenter.validation.userName}")
                String userName,
        @NotBlank(message = "{org.channelcenter.validation.required}")
                @Size(max = 200, message = "{org.channelcenter.validation.tooLong}")
                String displayName,
        @NotBlank(message = "{org.channelcenter.validation.required}")
                @Pattern(regexp = EmailAddresses.PATTERN, message = "{org.channelcenter.validation.email}")
                @Size(max = 320, message = "{org.channelcenter.validation.tooLong}")
                String email,
        Locale language)
        implements Serializable {

    /** As the directory adds it: a user with no roles. */
    public NewUser asNewUser() {
        return new NewUser(userName, displayName, email, Set.of(), language);
    }
}
