package org.channelcenter.enrollment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An organization's legal and support details as its admins keep them (Account settings › Organization profile,
 * SPEC §10): the business profile its enrollment gave, changed since. One per organization (V36).
 */
@Entity
@Table(name = "organization_details")
public class OrganizationDetails {

    @Id
    @Column(name = "organization_id")
    private Long organizationId;

    @Valid
    @NotNull
    @Embedded
    private BusinessProfile profile;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Version
    private long version;

    protected OrganizationDetails() {
        // for JPA
    }

    public OrganizationDetails(long organizationId, BusinessProfile profile, String changedBy, Instant changedAt) {
        this.organizationId = organizationId;
        this.profile = profile.copy();
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    /** Replaces the profile; answers the names of the fields that changed (none: nothing is written). */
    public List<String> change(BusinessProfile changed, String by, Instant at) {
        List<String> fields = changed.changedFrom(profile);
        if (!fields.isEmpty()) {
            profile = changed.copy();
            changedBy = Objects.requireNonNull(by, "by");
            changedAt = Objects.requireNonNull(at, "at");
        }
        return fields;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    /** A copy: a form never edits the entity's own profile. */
    public BusinessProfile getProfile() {
        return profile.copy();
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public long getVersion() {
        return version;
    }
}
