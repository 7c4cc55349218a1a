package org.channelcenter.directory.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.channelcenter.kernel.entity.EmailAddresses;

/** "Create new tenant": the directory to create and its first global admin (enrollment, customer invitations). */
public class NewDirectory implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{org.channelcenter.validation.required}")
    @Pattern(regexp = "^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$", message = "{org.channelcenter.validation.domainPrefix}")
    private String domainPrefix;

    @NotBlank(message = "{org.channelcenter.validation.required}")
    @Size(max = 200, message = "{org.channelcenter.validation.tooLong}")
    private String organizationName;

    @NotBlank(message = "{org.channelcenter.validation.countryCode}")
    @Pattern(regexp = "^[A-Z]{2}$", message = "{org.channelcenter.validation.countryCode}")
    private String countryCode;

    @NotBlank(message = "{org.channelcenter.validation.required}")
    @Size(max = 100, message = "{org.channelcenter.validation.tooLong}")
    private String adminFirstName;

    @NotBlank(message = "{org.channelcenter.validation.required}")
    @Size(max = 100, message = "{org.channelcenter.validation.tooLong}")
    private String adminLastName;

    @NotBlank(message = "{org.channelcenter.validation.required}")
    @Pattern(regexp = EmailAddresses.PATTERN, message = "{org.channelcenter.validation.email}")
    private String adminEmail;

    @NotBlank(message = "{org.channelcenter.validation.required}")
    @Size(min = 12, max = 200, message = "{org.channelcenter.validation.passwordLength}")
    private String adminPassword;

    public String getDomainPrefix() {
        return domainPrefix;
    }

    public void setDomainPrefix(String domainPrefix) {
        this.domainPrefix = domainPrefix == null ? null : domainPrefix.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public void setOrganizationName(String organizationName) {
        this.organizationName = organizationName;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getAdminFirstName() {
        return adminFirstName;
    }

    public void setAdminFirstName(String adminFirstName) {
        this.adminFirstName = adminFirstName;
    }

    public String getAdminLastName() {
        return adminLastName;
    }

    public void setAdminLastName(String adminLastName) {
        this.adminLastName = adminLastName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }
}
