-- Dashboard tiles that cost the same at any size (issue 14): the counts the dashboards show are kept in these
-- tables by V16's triggers, in the same transaction as the rows they count, so a tile reads one row (or at most
-- 31 day rows) instead of counting a partner's million customers, subscriptions and orders.
--
-- One row per organization. The partner figures keep the meaning of the queries they replace: customers counts
-- the ACTIVE relationships whose partner is the organization (the unfiltered Customers page); subscriptions,
-- licenses (their quantities) and licenses_assigned count the ACTIVE subscriptions the organization holds, as
-- provider or as reseller of record, of customers whose relationship with the organization is ACTIVE. An
-- organization is only ever on one side of a subscription (providers are its provider, resellers its reseller of
-- record), so both sides add to the same row.
CREATE TABLE organization_counter (
    organization_id    BIGINT NOT NULL PRIMARY KEY,
    customers          BIGINT NOT NULL DEFAULT 0,
    subscriptions      BIGINT NOT NULL DEFAULT 0,
    licenses           BIGINT NOT NULL DEFAULT 0,
    licenses_assigned  BIGINT NOT NULL DEFAULT 0
);

-- Orders per UTC day (placed_at is stored in UTC): for an organization, the orders it holds as provider or
-- reseller of record of customers still related to it; organization_id 0 (identities start at 1) is every order
-- of the system, for the staff's tile. "Recent orders" sums the last 30 days' rows.
CREATE TABLE order_day (
    organization_id  BIGINT NOT NULL,
    placed_on        DATE   NOT NULL,
    orders           BIGINT NOT NULL,
    CONSTRAINT pk_order_day PRIMARY KEY (organization_id, placed_on)
);

-- The staff's global figures, one row each: organizations.<KIND> (ACTIVE organizations of that kind),
-- registryProfiles (ACTIVE registry profiles), orders (every order ever placed).
CREATE TABLE system_counter (
    name    VARCHAR(40) NOT NULL PRIMARY KEY,
    amount  BIGINT      NOT NULL
);

-- An upgraded database shows the same tiles: every counter starts from the existing rows.
INSERT INTO organization_counter (organization_id, customers, subscriptions, licenses, licenses_assigned)
SELECT o.id,
    (SELECT COUNT(*) FROM customer_relationship r WHERE r.partner_id = o.id AND r.status = 'ACTIVE'),
    (SELECT COUNT(*) FROM subscription s WHERE s.provider_id = o.id AND s.status = 'ACTIVE'
        AND EXISTS (SELECT 1 FROM customer_relationship r
            WHERE r.customer_id = s.customer_id AND r.partner_id = o.id AND r.status = 'ACTIVE'))
    + (SELECT COUNT(*) FROM subscription s WHERE s.reseller_id = o.id AND s.status = 'ACTIVE'
        AND EXISTS (SELECT 1 FROM customer_relationship r
            WHERE r.customer_id = s.customer_id AND r.partner_id = o.id AND r.status = 'ACTIVE')),
    (SELECT COALESCE(SUM(s.quantity), 0) FROM subscription s WHERE s.provider_id = o.id AND s.status = 'ACTIVE'
        AND EXISTS (SELECT 1 FROM customer_relationship r
            WHERE r.customer_id = s.customer_id AND r.partner_id = o.id AND r.status = 'ACTIVE'))
    + (SELECT COALESCE(SUM(s.quantity), 0) FROM subscription s WHERE s.reseller_id = o.id AND s.status = 'ACTIVE'
        AND EXISTS (SELECT 1 FROM customer_relationship r
            WHERE r.customer_id = s.customer_id AND r.partner_id = o.id AND r.status = 'ACTIVE')),
    (SELECT COALESCE(SUM(s.assigned), 0) FROM subscription s WHERE s.provider_id = o.id AND s.status = 'ACTIVE'
        AND EXISTS (SELECT 1 FROM customer_relationship r
            WHERE r.customer_id = s.customer_id AND r.partner_id = o.id AND r.status = 'ACTIVE'))
    + (SELECT COALESCE(SUM(s.assigned), 0) FROM subscription s WHERE s.reseller_id = o.id AND s.status = 'ACTIVE'
        AND EXISTS (SELECT 1 FROM customer_relationship r
            WHERE r.customer_id = s.customer_id AND r.partner_id = o.id AND r.status = 'ACTIVE'))
FROM organization o;

INSERT INTO order_day (organization_id, placed_on, orders)
SELECT x.organization_id, x.placed_on, COUNT(*) FROM (
    SELECT co.provider_id AS organization_id, CAST(co.placed_at AS DATE) AS placed_on FROM customer_order co
        WHERE EXISTS (SELECT 1 FROM customer_relationship r
            WHERE r.customer_id = co.customer_id AND r.partner_id = co.provider_id AND r.status = 'ACTIVE')
    UNION ALL
    SELECT co.reseller_id AS organization_id, CAST(co.placed_at AS DATE) AS placed_on FROM customer_order co
        WHERE EXISTS (SELECT 1 FROM customer_relationship r
            WHERE r.customer_id = co.customer_id AND r.partner_id = co.reseller_id AND r.status = 'ACTIVE')
    UNION ALL
    SELECT 0 AS organization_id, CAST(co.placed_at AS DATE) AS placed_on FROM customer_order co
) x GROUP BY x.organization_id, x.placed_on;

INSERT INTO system_counter (name, amount)
SELECT 'organizations.OPERATOR', COUNT(*) FROM organization WHERE kind = 'OPERATOR' AND status = 'ACTIVE';
INSERT INTO system_counter (name, amount)
SELECT 'organizations.PROVIDER', COUNT(*) FROM organization WHERE kind = 'PROVIDER' AND status = 'ACTIVE';
INSERT INTO system_counter (name, amount)
SELECT 'organizations.RESELLER', COUNT(*) FROM organization WHERE kind = 'RESELLER' AND status = 'ACTIVE';
INSERT INTO system_counter (name, amount)
SELECT 'organizations.CUSTOMER', COUNT(*) FROM organization WHERE kind = 'CUSTOMER' AND status = 'ACTIVE';
INSERT INTO system_counter (name, amount)
SELECT 'registryProfiles', COUNT(*) FROM organization_profile WHERE status = 'ACTIVE';
INSERT INTO system_counter (name, amount)
SELECT 'orders', COUNT(*) FROM customer_order;
