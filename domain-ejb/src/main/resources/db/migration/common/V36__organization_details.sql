-- Account settings › Organization profile (SPEC §10, issue 16): the organization's legal and support details,
-- edited by its admins. The same fields as an enrollment application's business profile (V5), so the profile an
-- approved application gave is where the organization starts from; one row per organization, made on the first
-- save. changed_at/changed_by say who last changed it (every change is in the audit log too).
CREATE TABLE organization_details (
    organization_id     BIGINT        NOT NULL PRIMARY KEY,
    legal_name          VARCHAR(200)  NOT NULL,
    address_line1       VARCHAR(200),
    address_line2       VARCHAR(200),
    city                VARCHAR(100),
    state_province      VARCHAR(100),
    postal_code         VARCHAR(20),
    contact_first_name  VARCHAR(100),
    contact_last_name   VARCHAR(100),
    contact_email       VARCHAR(320),
    contact_phone       VARCHAR(40),
    support_email       VARCHAR(320)  NOT NULL,
    support_phone       VARCHAR(40),
    support_website     VARCHAR(300),
    changed_at          TIMESTAMP     NOT NULL,
    changed_by          VARCHAR(320)  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT fk_organization_details_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
