-- Issue 14: every order of the Customers page, both ways, and its name prefix search read one page from an index
-- of the partner's own relationships, however many customers it has.
-- customer_name_key is the lower-case name: Derby cannot index lower(customer_name), and the search is
-- case-insensitive "starts with", which becomes a range of this key. reseller_name_key copies the reseller's
-- lower-case name for the provider's Reseller column (an organization's name never changes, so the copy stays
-- right). Derby never reads an index backwards: each order has a DESC twin for the descending sort and for
-- the previous and last pages, which are read in the reverse order.
ALTER TABLE customer_relationship ADD COLUMN customer_name_key VARCHAR(200);
ALTER TABLE customer_relationship ADD COLUMN reseller_name_key VARCHAR(200);
UPDATE customer_relationship SET
    customer_name_key = LOWER(customer_name),
    reseller_name_key = (SELECT LOWER(o.name) FROM organization o WHERE o.id = customer_relationship.reseller_id);
ALTER TABLE customer_relationship ALTER COLUMN customer_name_key NOT NULL;
ALTER TABLE customer_relationship ALTER COLUMN reseller_name_key NOT NULL;
-- the name order now follows the key (case-insensitive); the case-sensitive index has no reader left
DROP INDEX ix_customer_relationship_partner;
CREATE INDEX ix_customer_relationship_partner_name_key ON customer_relationship (partner_id, status, customer_name_key, id);
CREATE INDEX ix_customer_relationship_partner_name_key_desc ON customer_relationship (partner_id, status, customer_name_key DESC, id DESC);
CREATE INDEX ix_customer_relationship_partner_domain_desc ON customer_relationship (partner_id, status, customer_domain DESC, id DESC);
CREATE INDEX ix_customer_relationship_partner_country_desc ON customer_relationship (partner_id, status, customer_country DESC, id DESC);
CREATE INDEX ix_customer_relationship_partner_since_desc ON customer_relationship (partner_id, status, started_at DESC, id DESC);
CREATE INDEX ix_customer_relationship_partner_reseller_key ON customer_relationship (partner_id, status, reseller_name_key, id);
CREATE INDEX ix_customer_relationship_partner_reseller_key_desc ON customer_relationship (partner_id, status, reseller_name_key DESC, id DESC);
-- the country filter in the default (name) order
CREATE INDEX ix_customer_relationship_partner_country_name ON customer_relationship (partner_id, status, customer_country, customer_name_key, id);
CREATE INDEX ix_customer_relationship_partner_country_name_desc ON customer_relationship (partner_id, status, customer_country DESC, customer_name_key DESC, id DESC);
