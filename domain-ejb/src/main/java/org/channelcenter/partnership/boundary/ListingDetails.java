package org.channelcenter.partnership.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.channelcenter.kernel.entity.EmailAddresses;
import org.channelcenter.partnership.entity.ProviderService;

/**
 * What staff type for a provider listing: the form binds to it (so the page shows these constraints'
 * messages at each field) and {@link ProviderDirectory} validates it again. Services are an array because
 * a check-box group converts its values by the array's component type.
 */
public class ListingDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{org.channelcenter.validation.required}")
    @Size(max = 200, message = "{org.channelcenter.validation.tooLong}")
    private String displayName;

    @NotEmpty(message = "{org.channelcenter.validation.countries}")
    @Size(max = 250, message = "{org.channelcenter.validation.countries}")
    private List<
                    @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "{org.channelcenter.validation.countryCode}")
                    String>
            countryCodes = new ArrayList<>();

    // none ticked is allowed (never null: the setter makes it empty)
    private ProviderService[] services = {};

    @Size(max = 300, message = "{org.channelcenter.validation.tooLong}")
    @Pattern(regexp = "^$|^https?://\\S{3,290}$", message = "{org.channelcenter.validation.website}")
    private String website;

    @NotBlank(message = "{org.channelcenter.validation.required}")
    @Pattern(regexp = EmailAddresses.PATTERN, message = "{org.channelcenter.validation.email}")
    @Size(max = 320, message = "{org.channelcenter.validation.tooLong}")
    private String contactEmail;

    public ListingDetails() {
        // an empty form
    }

    public ListingDetails(
            String displayName,
            List<String> countryCodes,
            Set<ProviderService> services,
            String website,
            String contactEmail) {
        this.displayName = displayName;
        this.countryCodes = new ArrayList<>(countryCodes);
        this.services = services.toArray(ProviderService[]::new);
        this.website = website;
        this.contactEmail = contactEmail;
    }

    /** The services as a set (an empty one when none is ticked). */
    public Set<ProviderService> serviceSet() {
        Set<ProviderService> set = EnumSet.noneOf(ProviderService.class);
        if (services != null) {
            Arrays.stream(services).filter(java.util.Objects::nonNull).forEach(set::add);
        }
        return set;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getCountryCodes() {
        return countryCodes;
    }

    public void setCountryCodes(List<String> countryCodes) {
        this.countryCodes = countryCodes == null ? new ArrayList<>() : new ArrayList<>(countryCodes);
    }

    public ProviderService[] getServices() {
        return services;
    }

    public void setServices(ProviderService[] services) {
        this.services = services == null ? new ProviderService[0] : services;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
