-- The partner Dashboard's chart (issue 16) counted, per view, every order of the partner's side and every license
-- assignment of its subscriptions over 12 months: at 1,000,000 customers that was 6 s per view (benchmark of stop
-- 24). These rows keep the two counts per organization and quarter of an hour, so a view sums at most 12 months of
-- quarters (35,136 rows, a few thousand for a partner active some hours a day) whatever the number of orders.
--
-- slot = quarters of an hour since 1970-01-01 00:00 UTC (placed_at and assigned_at are stored in UTC). Every time
-- zone in use today is a whole number of quarters off UTC, so a month in the reader's zone is an exact range of
-- slots. An organization is on one side of each order and subscription (provider, or reseller of record), and the
-- chart counts its history: an order stays counted after the customer ended the relationship, as on the order
-- history. Order and assignment times are never changed once written (unassigning keeps the row as history), so
-- only inserts and deletes are counted here; a repair that moves them by SQL must count its rows again.
--
-- Derby: one statement per trigger, so "add the slot's row if missing, then add to it" is two triggers (they fire
-- in creation order). Two first writers of one slot do not race: the order boundary locks both sides' counter rows
-- (Counters.holdFor) before it writes, and license assignment does the same after taking its seat.
CREATE TABLE partner_activity (
    organization_id  BIGINT NOT NULL,
    slot             BIGINT NOT NULL,
    orders           BIGINT NOT NULL,
    licenses         BIGINT NOT NULL,
    CONSTRAINT pk_partner_activity PRIMARY KEY (organization_id, slot)
);

-- The chart read this index (V37) per subscription; these rows replace it.
DROP INDEX ix_license_assignment_assigned;

-- An upgraded database shows the same chart: the counts start from the existing rows.
INSERT INTO partner_activity (organization_id, slot, orders, licenses)
SELECT x.organization_id, x.slot, SUM(x.orders), SUM(x.licenses) FROM (
    SELECT co.provider_id AS organization_id,
        {fn TIMESTAMPDIFF(SQL_TSI_MINUTE, TIMESTAMP('1970-01-01 00:00:00'), co.placed_at)} / 15 AS slot,
        1 AS orders, 0 AS licenses
        FROM customer_order co
    UNION ALL
    SELECT co.reseller_id AS organization_id,
        {fn TIMESTAMPDIFF(SQL_TSI_MINUTE, TIMESTAMP('1970-01-01 00:00:00'), co.placed_at)} / 15 AS slot,
        1 AS orders, 0 AS licenses
        FROM customer_order co
    UNION ALL
    SELECT s.provider_id AS organization_id,
        {fn TIMESTAMPDIFF(SQL_TSI_MINUTE, TIMESTAMP('1970-01-01 00:00:00'), a.assigned_at)} / 15 AS slot,
        0 AS orders, 1 AS licenses
        FROM license_assignment a JOIN subscription s ON s.id = a.subscription_id
    UNION ALL
    SELECT s.reseller_id AS organization_id,
        {fn TIMESTAMPDIFF(SQL_TSI_MINUTE, TIMESTAMP('1970-01-01 00:00:00'), a.assigned_at)} / 15 AS slot,
        0 AS orders, 1 AS licenses
        FROM license_assignment a JOIN subscription s ON s.id = a.subscription_id
) x GROUP BY x.organization_id, x.slot;

CREATE TRIGGER partner_activity_order_slot AFTER INSERT ON customer_order
    REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO partner_activity (organization_id, slot, orders, licenses)
    SELECT o.id, {fn TIMESTAMPDIFF(SQL_TSI_MINUTE, TIMESTAMP('1970-01-01 00:00:00'), n.placed_at)} / 15, 0, 0
    FROM organization o
    WHERE o.id IN (n.provider_id, n.reseller_id) AND NOT EXISTS (SELECT 1 FROM partner_activity p
        WHERE p.organization_id = o.id
        AND p.slot = {fn TIMESTAMPDIFF(SQL_TSI_MINUTE, TIMESTAMP('1970-01-01 00:00:00'), n.placed_at)} / 15);

CREATE TRIGGER partner_activity_order_added AFTER INSERT ON customer_order
    REFERENCING NEW AS n FOR EACH ROW
    UPDATE partner_activity SET orders = orders + 1
    WHERE organization_id IN (n.provider_id, n.reseller_id)
        AND slot = {fn TIMESTAMPDIFF(SQL_TSI_MINUTE, TIMESTAMP('1970-01-01 00:00:00'), n.placed_at)} / 15;

CREATE TRIGGER partner_activity_order_removed AFTER DELETE ON customer_order
    REFERENCING OLD AS o FOR EACH ROW
    UPDATE partner_activity SET orders = orders - 1
    WHERE organization_id IN (o.provider_id, o.reseller_id)
        AND slot = {fn TIMESTAMPDIFF(SQL_TSI_MINUTE, TIMESTAMP('1970-01-01 00:00:00'), o.placed_at)} / 15;

CREATE TRIGGER partner_activity_license_slot AFTER INSERT ON license_assignment
    REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO partner_activity (organization_id, slot, orders, licenses)
    SELECT o.id, {fn TIMESTAMPDIFF(SQL_TSI_MINUTE, TIMESTAMP('1970-01-01 00:00:00'), n.assigned_at)} / 15, 0, 0
    FROM subscription s JOIN organization o ON o.id = s.provider_id OR o.id = s.reseller_id
    WHERE s.id = n.subscription_id AND NOT EXISTS (SELECT 1 FROM partner_activity p
        WHERE p.organization_id = o.id
        AND p.slot = {fn TIMESTAMPDIFF(SQL_TSI_MINUTE, TIMESTAMP('1970-01-01 00:00:00'), n.assigned_at)} / 15);

CREATE TRIGGER partner_activity_license_added AFTER INSERT ON license_assignment
    REFERENCING NEW AS n FOR EACH ROW
    UPDATE partner_activity SET licenses = licenses + 1
    WHERE organization_id IN (SELECT s.provider_id FROM subscription s WHERE s.id = n.subscription_id
            UNION ALL SELECT s.reseller_id FROM subscription s WHERE s.id = n.subscription_id)
        AND slot = {fn TIMESTAMPDIFF(SQL_TSI_MINUTE, TIMESTAMP('1970-01-01 00:00:00'), n.assigned_at)} / 15;

CREATE TRIGGER partner_activity_license_removed AFTER DELETE ON license_assignment
    REFERENCING OLD AS o FOR EACH ROW
    UPDATE partner_activity SET licenses = licenses - 1
    WHERE organization_id IN (SELECT s.provider_id FROM subscription s WHERE s.id = o.subscription_id
            UNION ALL SELECT s.reseller_id FROM subscription s WHERE s.id = o.subscription_id)
        AND slot = {fn TIMESTAMPDIFF(SQL_TSI_MINUTE, TIMESTAMP('1970-01-01 00:00:00'), o.assigned_at)} / 15;
