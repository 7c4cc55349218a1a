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
-- PostgreSQL: statement triggers with transition tables (as V16), one upsert per statement in key order, so a bulk
-- load writes each slot's row once and two writers of one slot never race.
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
    SELECT side.organization_id, floor(extract(epoch FROM co.placed_at) / 900)::bigint AS slot, 1 AS orders,
            0 AS licenses
        FROM customer_order co
        CROSS JOIN LATERAL (VALUES (co.provider_id), (co.reseller_id)) AS side(organization_id)
    UNION ALL
    SELECT side.organization_id, floor(extract(epoch FROM a.assigned_at) / 900)::bigint, 0, 1
        FROM license_assignment a JOIN subscription s ON s.id = a.subscription_id
        CROSS JOIN LATERAL (VALUES (s.provider_id), (s.reseller_id)) AS side(organization_id)
) x GROUP BY x.organization_id, x.slot;

-- Orders: +1 (inserted) or -1 (deleted) in the slot of each side.
CREATE FUNCTION partner_activity_on_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO partner_activity (organization_id, slot, orders, licenses)
            SELECT side.organization_id, floor(extract(epoch FROM n.placed_at) / 900)::bigint, COUNT(*), 0
                FROM new_rows n CROSS JOIN LATERAL (VALUES (n.provider_id), (n.reseller_id)) AS side(organization_id)
                GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT (organization_id, slot) DO UPDATE SET orders = partner_activity.orders + EXCLUDED.orders;
    ELSE
        INSERT INTO partner_activity (organization_id, slot, orders, licenses)
            SELECT side.organization_id, floor(extract(epoch FROM o.placed_at) / 900)::bigint, -COUNT(*), 0
                FROM old_rows o CROSS JOIN LATERAL (VALUES (o.provider_id), (o.reseller_id)) AS side(organization_id)
                GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT (organization_id, slot) DO UPDATE SET orders = partner_activity.orders + EXCLUDED.orders;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER customer_order_activity_inserted AFTER INSERT ON customer_order
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION partner_activity_on_order();
CREATE TRIGGER customer_order_activity_deleted AFTER DELETE ON customer_order
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION partner_activity_on_order();

-- License assignments: +1 (inserted) or -1 (deleted) in the slot of each side of the subscription.
CREATE FUNCTION partner_activity_on_license() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO partner_activity (organization_id, slot, orders, licenses)
            SELECT side.organization_id, floor(extract(epoch FROM n.assigned_at) / 900)::bigint, 0, COUNT(*)
                FROM new_rows n JOIN subscription s ON s.id = n.subscription_id
                CROSS JOIN LATERAL (VALUES (s.provider_id), (s.reseller_id)) AS side(organization_id)
                GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT (organization_id, slot) DO UPDATE SET licenses = partner_activity.licenses + EXCLUDED.licenses;
    ELSE
        INSERT INTO partner_activity (organization_id, slot, orders, licenses)
            SELECT side.organization_id, floor(extract(epoch FROM o.assigned_at) / 900)::bigint, 0, -COUNT(*)
                FROM old_rows o JOIN subscription s ON s.id = o.subscription_id
                CROSS JOIN LATERAL (VALUES (s.provider_id), (s.reseller_id)) AS side(organization_id)
                GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT (organization_id, slot) DO UPDATE SET licenses = partner_activity.licenses + EXCLUDED.licenses;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER license_assignment_activity_inserted AFTER INSERT ON license_assignment
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION partner_activity_on_license();
CREATE TRIGGER license_assignment_activity_deleted AFTER DELETE ON license_assignment
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION partner_activity_on_license();
