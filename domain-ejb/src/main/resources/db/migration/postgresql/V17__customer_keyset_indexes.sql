-- Issue 14: every order of the Customers page, both ways, and its name prefix search read one page from an index
-- of the partner's own relationships, however many customers it has.
-- customer_name_key is the lower-case name (Derby, the twin of this file, cannot index lower(customer_name));
-- the case-insensitive "starts with" search is a range of this key. reseller_name_key copies the reseller's
-- lower-case name for the provider's Reseller column (an organization's name never changes, so the copy stays
-- right). Both are COLLATE "C": the database's collation (C.UTF-8) would not let LIKE 'abc%' use a btree, and
-- code point order is what Derby gives too. PostgreSQL reads an index backwards, so no DESC twins are needed.
ALTER TABLE customer_relationship ADD COLUMN customer_name_key VARCHAR(200) COLLATE "C";
ALTER TABLE customer_relationship ADD COLUMN reseller_name_key VARCHAR(200) COLLATE "C";
UPDATE customer_relationship SET
    customer_name_key = LOWER(customer_name),
    reseller_name_key = (SELECT LOWER(o.name) FROM organization o WHERE o.id = customer_relationship.reseller_id);
ALTER TABLE customer_relationship ALTER COLUMN customer_name_key SET NOT NULL;
ALTER TABLE customer_relationship ALTER COLUMN reseller_name_key SET NOT NULL;
-- the name order now follows the key (case-insensitive); the case-sensitive index has no reader left
DROP INDEX ix_customer_relationship_partner;
CREATE INDEX ix_customer_relationship_partner_name_key ON customer_relationship (partner_id, status, customer_name_key, id);
CREATE INDEX ix_customer_relationship_partner_reseller_key ON customer_relationship (partner_id, status, reseller_name_key, id);
-- the country filter in the default (name) order
CREATE INDEX ix_customer_relationship_partner_country_name ON customer_relationship (partner_id, status, customer_country, customer_name_key, id);
