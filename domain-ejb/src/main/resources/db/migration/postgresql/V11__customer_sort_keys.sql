-- A partner's Customers page sorts by name, domain, country/region or since straight from an index of the
-- partner's own relationships, one page at a time, however many customers it has (measured with 100,000: a
-- sort through the organization table read and sorted them all). Domain and country are copied like the name:
-- a directory's domain never changes, and the organization's country has no way to change.
-- PostgreSQL spells the NOT NULL change "ALTER COLUMN ... SET NOT NULL" (Derby: "ALTER COLUMN ... NOT NULL").
ALTER TABLE customer_relationship ADD COLUMN customer_domain VARCHAR(255);
ALTER TABLE customer_relationship ADD COLUMN customer_country CHAR(2);
UPDATE customer_relationship SET
    customer_domain = (SELECT o.directory_domain FROM organization o WHERE o.id = customer_relationship.customer_id),
    customer_country = (SELECT o.country_code FROM organization o WHERE o.id = customer_relationship.customer_id);
ALTER TABLE customer_relationship ALTER COLUMN customer_domain SET NOT NULL;
ALTER TABLE customer_relationship ALTER COLUMN customer_country SET NOT NULL;
CREATE INDEX ix_customer_relationship_partner_domain ON customer_relationship (partner_id, status, customer_domain, id);
CREATE INDEX ix_customer_relationship_partner_country ON customer_relationship (partner_id, status, customer_country, id);
CREATE INDEX ix_customer_relationship_partner_since ON customer_relationship (partner_id, status, started_at, id);
