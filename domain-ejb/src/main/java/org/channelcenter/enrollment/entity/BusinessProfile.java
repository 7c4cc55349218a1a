package org.channelcenter.enrollment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.channelcenter.kernel.entity.EmailAddresses;

/**
 * What the applicant tells about the organization: legal business profile, primary contact and customer
 * support. The country is the directory's and is not part of it.
 */
@Embeddable
public class BusinessProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{org.channelcenter.validation.required}")
    @Size(max = 200, message = "{org.channelcenter.validation.tooLong}")
    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Size(max = 200, message = "{org.channelcenter.validation.tooLong}")
    @Column(name = "address_line1")
    private String addressLine1;

    @Size(max = 200, message = "{org.channelcenter.validation.tooLong}")
    @Column(name = "address_line2")
    private String addressLine2;

    @Size(max = 100, message = "{org.channelcenter.validation.tooLong}")
    private String city;

    @Size(max = 100, message = "{org.channelcenter.validation.tooLong}")
    @Column(name = "state_province")
    private String stateProvince;

    @Size(max = 20, message = "{org.channelcenter.validation.tooLong}")
    @Column(name = "postal_code")
    private String postalCode;

    @Size(max = 100, message = "{org.channelcenter.validation.tooLong}")
    @Column(name = "contact_first_name")
    private String contactFirstName;

    @Size(max = 100, message = "{org.channelcenter.validation.tooLong}")
    @Column(name = "contact_last_name")
    private String contactLastName;

    @Pattern(regexp = EmailAddresses.PATTERN, message = "{org.channelcenter.validation.email}")
    @Size(max = 320, message = "{org.channelcenter.validation.tooLong}")
    @Column(name = "contact_email")
    private String contactEmail;

    @Pattern(regexp = "^$|^[+0-9 ()./-]{5,40}$", message = "{org.channelcenter.validation.phone}")
    @Column(name = "contact_phone")
    private String contactPhone;

    @NotBlank(message = "{org.channelcenter.validation.required}")
    @Pattern(regexp = EmailAddresses.PATTERN, message = "{org.channelcenter.validation.email}")
    @Size(max = 320, message = "{org.channelcenter.validation.tooLong}")
    @Column(name = "support_email", nullable = false)
    private String supportEmail;

    @Pattern(regexp = "^$|^[+0-9 ()./-]{5,40}$", message = "{org.channelcenter.validation.phone}")
    @Column(name = "support_phone")
    private String supportPhone;

    @Pattern(regexp = "^$|^https?://\\S{3,290}$", message = "{org.channelcenter.validation.website}")
    @Column(name = "support_website")
    private String supportWebsite;

    /** The full profile a new reseller must give: address and primary contact are required too. */
    public boolean isCompleteForReview() {
        return present(legalName)
                && present(addressLine1)
                && present(city)
                && present(postalCode)
                && present(contactFirstName)
                && present(contactLastName)
                && present(contactEmail)
                && present(supportEmail);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getStateProvince() {
        return stateProvince;
    }

    public void setStateProvince(String stateProvince) {
        this.stateProvince = stateProvince;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getContactFirstName() {
        return contactFirstName;
    }

    public void setContactFirstName(String contactFirstName) {
        this.contactFirstName = contactFirstName;
    }

    public String getContactLastName() {
        return contactLastName;
    }

    public void setContactLastName(String contactLastName) {
        this.contactLastName = contactLastName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getSupportEmail() {
        return supportEmail;
    }

    public void setSupportEmail(String supportEmail) {
        this.supportEmail = supportEmail;
    }

    public String getSupportPhone() {
        return supportPhone;
    }

    public void setSupportPhone(String supportPhone) {
        this.supportPhone = supportPhone;
    }

    public String getSupportWebsite() {
        return supportWebsite;
    }

    public void setSupportWebsite(String supportWebsite) {
        this.supportWebsite = supportWebsite;
    }

    /** A detached copy, so an entity never shares its profile with a form. */
    public BusinessProfile copy() {
        BusinessProfile copy = new BusinessProfile();
        copy.legalName = legalName;
        copy.addressLine1 = addressLine1;
        copy.addressLine2 = addressLine2;
        copy.city = city;
        copy.stateProvince = stateProvince;
        copy.postalCode = postalCode;
        copy.contactFirstName = contactFirstName;
        copy.contactLastName = contactLastName;
        copy.contactEmail = contactEmail;
        copy.contactPhone = contactPhone;
        copy.supportEmail = supportEmail;
        copy.supportPhone = supportPhone;
        copy.supportWebsite = supportWebsite;
        return copy;
    }

    /**
     * The names of the fields whose text differs from {@code before} (blank and absent are the same), in the form's
     * order: what an audit event of a change names, without the values (they may be personal data).
     */
    public List<String> changedFrom(BusinessProfile before) {
        List<String> changed = new ArrayList<>();
        String[][] pairs = {
            {"legalName", legalName, before.legalName},
            {"addressLine1", addressLine1, before.addressLine1},
            {"addressLine2", addressLine2, before.addressLine2},
            {"city", city, before.city},
            {"stateProvince", stateProvince, before.stateProvince},
            {"postalCode", postalCode, before.postalCode},
            {"contactFirstName", contactFirstName, before.contactFirstName},
            {"contactLastName", contactLastName, before.contactLastName},
            {"contactEmail", contactEmail, before.contactEmail},
            {"contactPhone", contactPhone, before.contactPhone},
            {"supportEmail", supportEmail, before.supportEmail},
            {"supportPhone", supportPhone, before.supportPhone},
            {"supportWebsite", supportWebsite, before.supportWebsite}
        };
        for (String[] pair : pairs) {
            if (!textOf(pair[1]).equals(textOf(pair[2]))) {
                changed.add(pair[0]);
            }
        }
        return changed;
    }

    private static String textOf(String value) {
        return value == null ? "" : value.strip();
    }
}
