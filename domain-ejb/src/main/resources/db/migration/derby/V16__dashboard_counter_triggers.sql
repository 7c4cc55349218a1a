-- Keeps V15's counters in the same transaction as the rows they count, whoever writes them (the boundaries, the
-- test fixtures' and the benchmark's plain JDBC): a rollback undoes the counter change with the row, and
-- concurrent writers serialize on the counter rows they change. PostgreSQL's twin does the same per statement.
--
-- Derby: one SQL statement per trigger, so "insert the day row if missing, then add" is two triggers (they fire
-- in creation order). Derby reads wait on rows another transaction wrote and has not committed (no MVCC): a
-- subscription written while its customer's relationship starts or ends is counted by exactly one of the two
-- triggers, whichever runs second (or Derby picks a deadlock victim, which rolls back whole).
--
-- A relationship's partner is on one side only of its customer's subscriptions and orders (a provider is their
-- provider, a reseller their reseller of record), hence "provider_id = partner OR reseller_id = partner".
-- Orders are never updated (placed_at, customer and sides are fixed when placed).
--
-- Update triggers name no columns (UPDATE OF ...): Derby 10.16 then hands a row trigger only the columns it
-- names, and its identity bookkeeping after the trigger reads the id from the wrong column ("Invalid character
-- string format for type long"). Their WHEN clauses skip the updates that change nothing counted.

-- Organizations: a counter row with each, and the staff's ACTIVE organizations by kind.
CREATE TRIGGER organization_counter_row AFTER INSERT ON organization
    REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO organization_counter (organization_id) VALUES (n.id);

CREATE TRIGGER organization_counter_row_gone AFTER DELETE ON organization
    REFERENCING OLD AS o FOR EACH ROW
    DELETE FROM organization_counter WHERE organization_id = o.id;

CREATE TRIGGER organization_active_added AFTER INSERT ON organization
    REFERENCING NEW AS n FOR EACH ROW WHEN (n.status = 'ACTIVE')
    UPDATE system_counter SET amount = amount + 1 WHERE name = 'organizations.' || n.kind;

CREATE TRIGGER organization_active_changed AFTER UPDATE ON organization
    REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (o.status <> n.status OR o.kind <> n.kind)
    UPDATE system_counter SET amount = amount
        + CASE WHEN n.status = 'ACTIVE' AND name = 'organizations.' || n.kind THEN 1 ELSE 0 END
        - CASE WHEN o.status = 'ACTIVE' AND name = 'organizations.' || o.kind THEN 1 ELSE 0 END
    WHERE name IN ('organizations.' || o.kind, 'organizations.' || n.kind);

CREATE TRIGGER organization_active_removed AFTER DELETE ON organization
    REFERENCING OLD AS o FOR EACH ROW WHEN (o.status = 'ACTIVE')
    UPDATE system_counter SET amount = amount - 1 WHERE name = 'organizations.' || o.kind;

-- Registry profiles: the staff's ACTIVE profiles.
CREATE TRIGGER organization_profile_active_added AFTER INSERT ON organization_profile
    REFERENCING NEW AS n FOR EACH ROW WHEN (n.status = 'ACTIVE')
    UPDATE system_counter SET amount = amount + 1 WHERE name = 'registryProfiles';

CREATE TRIGGER organization_profile_active_changed AFTER UPDATE ON organization_profile
    REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (o.status <> n.status)
    UPDATE system_counter SET amount = amount
        + CASE WHEN n.status = 'ACTIVE' THEN 1 ELSE 0 END - CASE WHEN o.status = 'ACTIVE' THEN 1 ELSE 0 END
    WHERE name = 'registryProfiles';

CREATE TRIGGER organization_profile_active_removed AFTER DELETE ON organization_profile
    REFERENCING OLD AS o FOR EACH ROW WHEN (o.status = 'ACTIVE')
    UPDATE system_counter SET amount = amount - 1 WHERE name = 'registryProfiles';

-- Relationships: when one starts (inserted ACTIVE, or becomes ACTIVE) the partner gains the customer and the
-- customer's active subscriptions and orders it holds; when it ends (becomes REMOVED, or is deleted) it loses
-- them again. Per customer, so bounded by one customer's rows.
CREATE TRIGGER customer_relationship_counts_started AFTER INSERT ON customer_relationship
    REFERENCING NEW AS n FOR EACH ROW WHEN (n.status = 'ACTIVE')
    UPDATE organization_counter SET
        customers = customers + 1,
        subscriptions = subscriptions + (SELECT COUNT(*) FROM subscription s WHERE s.customer_id = n.customer_id
            AND (s.provider_id = n.partner_id OR s.reseller_id = n.partner_id) AND s.status = 'ACTIVE'),
        licenses = licenses + (SELECT COALESCE(SUM(s.quantity), 0) FROM subscription s
            WHERE s.customer_id = n.customer_id
            AND (s.provider_id = n.partner_id OR s.reseller_id = n.partner_id) AND s.status = 'ACTIVE'),
        licenses_assigned = licenses_assigned + (SELECT COALESCE(SUM(s.assigned), 0) FROM subscription s
            WHERE s.customer_id = n.customer_id
            AND (s.provider_id = n.partner_id OR s.reseller_id = n.partner_id) AND s.status = 'ACTIVE')
    WHERE organization_id = n.partner_id;

CREATE TRIGGER customer_relationship_days_started AFTER INSERT ON customer_relationship
    REFERENCING NEW AS n FOR EACH ROW WHEN (n.status = 'ACTIVE')
    INSERT INTO order_day (organization_id, placed_on, orders)
    SELECT DISTINCT n.partner_id, CAST(co.placed_at AS DATE), 0 FROM customer_order co
    WHERE co.customer_id = n.customer_id AND (co.provider_id = n.partner_id OR co.reseller_id = n.partner_id)
        AND NOT EXISTS (SELECT 1 FROM order_day d
            WHERE d.organization_id = n.partner_id AND d.placed_on = CAST(co.placed_at AS DATE));

CREATE TRIGGER customer_relationship_orders_started AFTER INSERT ON customer_relationship
    REFERENCING NEW AS n FOR EACH ROW WHEN (n.status = 'ACTIVE')
    UPDATE order_day SET orders = orders + (SELECT COUNT(*) FROM customer_order co
            WHERE co.customer_id = n.customer_id AND (co.provider_id = n.partner_id OR co.reseller_id = n.partner_id)
            AND CAST(co.placed_at AS DATE) = order_day.placed_on)
    WHERE organization_id = n.partner_id AND placed_on IN (SELECT CAST(co.placed_at AS DATE) FROM customer_order co
            WHERE co.customer_id = n.customer_id AND (co.provider_id = n.partner_id OR co.reseller_id = n.partner_id));

CREATE TRIGGER customer_relationship_counts_restarted AFTER UPDATE ON customer_relationship
    REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (o.status <> 'ACTIVE' AND n.status = 'ACTIVE')
    UPDATE organization_counter SET
        customers = customers + 1,
        subscriptions = subscriptions + (SELECT COUNT(*) FROM subscription s WHERE s.customer_id = n.customer_id
            AND (s.provider_id = n.partner_id OR s.reseller_id = n.partner_id) AND s.status = 'ACTIVE'),
        licenses = licenses + (SELECT COALESCE(SUM(s.quantity), 0) FROM subscription s
            WHERE s.customer_id = n.customer_id
            AND (s.provider_id = n.partner_id OR s.reseller_id = n.partner_id) AND s.status = 'ACTIVE'),
        licenses_assigned = licenses_assigned + (SELECT COALESCE(SUM(s.assigned), 0) FROM subscription s
            WHERE s.customer_id = n.customer_id
            AND (s.provider_id = n.partner_id OR s.reseller_id = n.partner_id) AND s.status = 'ACTIVE')
    WHERE organization_id = n.partner_id;

CREATE TRIGGER customer_relationship_days_restarted AFTER UPDATE ON customer_relationship
    REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (o.status <> 'ACTIVE' AND n.status = 'ACTIVE')
    INSERT INTO order_day (organization_id, placed_on, orders)
    SELECT DISTINCT n.partner_id, CAST(co.placed_at AS DATE), 0 FROM customer_order co
    WHERE co.customer_id = n.customer_id AND (co.provider_id = n.partner_id OR co.reseller_id = n.partner_id)
        AND NOT EXISTS (SELECT 1 FROM order_day d
            WHERE d.organization_id = n.partner_id AND d.placed_on = CAST(co.placed_at AS DATE));

CREATE TRIGGER customer_relationship_orders_restarted AFTER UPDATE ON customer_relationship
    REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (o.status <> 'ACTIVE' AND n.status = 'ACTIVE')
    UPDATE order_day SET orders = orders + (SELECT COUNT(*) FROM customer_order co
            WHERE co.customer_id = n.customer_id AND (co.provider_id = n.partner_id OR co.reseller_id = n.partner_id)
            AND CAST(co.placed_at AS DATE) = order_day.placed_on)
    WHERE organization_id = n.partner_id AND placed_on IN (SELECT CAST(co.placed_at AS DATE) FROM customer_order co
            WHERE co.customer_id = n.customer_id AND (co.provider_id = n.partner_id OR co.reseller_id = n.partner_id));

CREATE TRIGGER customer_relationship_counts_ended AFTER UPDATE ON customer_relationship
    REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (o.status = 'ACTIVE' AND n.status <> 'ACTIVE')
    UPDATE organization_counter SET
        customers = customers - 1,
        subscriptions = subscriptions - (SELECT COUNT(*) FROM subscription s WHERE s.customer_id = o.customer_id
            AND (s.provider_id = o.partner_id OR s.reseller_id = o.partner_id) AND s.status = 'ACTIVE'),
        licenses = licenses - (SELECT COALESCE(SUM(s.quantity), 0) FROM subscription s
            WHERE s.customer_id = o.customer_id
            AND (s.provider_id = o.partner_id OR s.reseller_id = o.partner_id) AND s.status = 'ACTIVE'),
        licenses_assigned = licenses_assigned - (SELECT COALESCE(SUM(s.assigned), 0) FROM subscription s
            WHERE s.customer_id = o.customer_id
            AND (s.provider_id = o.partner_id OR s.reseller_id = o.partner_id) AND s.status = 'ACTIVE')
    WHERE organization_id = o.partner_id;

CREATE TRIGGER customer_relationship_orders_ended AFTER UPDATE ON customer_relationship
    REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (o.status = 'ACTIVE' AND n.status <> 'ACTIVE')
    UPDATE order_day SET orders = orders - (SELECT COUNT(*) FROM customer_order co
            WHERE co.customer_id = o.customer_id AND (co.provider_id = o.partner_id OR co.reseller_id = o.partner_id)
            AND CAST(co.placed_at AS DATE) = order_day.placed_on)
    WHERE organization_id = o.partner_id AND placed_on IN (SELECT CAST(co.placed_at AS DATE) FROM customer_order co
            WHERE co.customer_id = o.customer_id AND (co.provider_id = o.partner_id OR co.reseller_id = o.partner_id));

CREATE TRIGGER customer_relationship_counts_removed AFTER DELETE ON customer_relationship
    REFERENCING OLD AS o FOR EACH ROW WHEN (o.status = 'ACTIVE')
    UPDATE organization_counter SET
        customers = customers - 1,
        subscriptions = subscriptions - (SELECT COUNT(*) FROM subscription s WHERE s.customer_id = o.customer_id
            AND (s.provider_id = o.partner_id OR s.reseller_id = o.partner_id) AND s.status = 'ACTIVE'),
        licenses = licenses - (SELECT COALESCE(SUM(s.quantity), 0) FROM subscription s
            WHERE s.customer_id = o.customer_id
            AND (s.provider_id = o.partner_id OR s.reseller_id = o.partner_id) AND s.status = 'ACTIVE'),
        licenses_assigned = licenses_assigned - (SELECT COALESCE(SUM(s.assigned), 0) FROM subscription s
            WHERE s.customer_id = o.customer_id
            AND (s.provider_id = o.partner_id OR s.reseller_id = o.partner_id) AND s.status = 'ACTIVE')
    WHERE organization_id = o.partner_id;

CREATE TRIGGER customer_relationship_orders_removed AFTER DELETE ON customer_relationship
    REFERENCING OLD AS o FOR EACH ROW WHEN (o.status = 'ACTIVE')
    UPDATE order_day SET orders = orders - (SELECT COUNT(*) FROM customer_order co
            WHERE co.customer_id = o.customer_id AND (co.provider_id = o.partner_id OR co.reseller_id = o.partner_id)
            AND CAST(co.placed_at AS DATE) = order_day.placed_on)
    WHERE organization_id = o.partner_id AND placed_on IN (SELECT CAST(co.placed_at AS DATE) FROM customer_order co
            WHERE co.customer_id = o.customer_id AND (co.provider_id = o.partner_id OR co.reseller_id = o.partner_id));

-- Subscriptions: an ACTIVE one counts (with its licenses) for its provider and its reseller of record, each while
-- its relationship with the customer is ACTIVE. An update takes the old row's part away and adds the new row's.
CREATE TRIGGER subscription_counts_added AFTER INSERT ON subscription
    REFERENCING NEW AS n FOR EACH ROW WHEN (n.status = 'ACTIVE')
    UPDATE organization_counter SET subscriptions = subscriptions + 1, licenses = licenses + n.quantity,
        licenses_assigned = licenses_assigned + n.assigned
    WHERE organization_id IN (n.provider_id, n.reseller_id) AND EXISTS (SELECT 1 FROM customer_relationship r
        WHERE r.customer_id = n.customer_id AND r.partner_id = organization_counter.organization_id
        AND r.status = 'ACTIVE');

CREATE TRIGGER subscription_counts_changed_from AFTER UPDATE ON subscription
    REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (o.status = 'ACTIVE' AND (o.status <> n.status
        OR o.quantity <> n.quantity OR o.assigned <> n.assigned OR o.customer_id <> n.customer_id
        OR o.provider_id <> n.provider_id OR o.reseller_id <> n.reseller_id))
    UPDATE organization_counter SET subscriptions = subscriptions - 1, licenses = licenses - o.quantity,
        licenses_assigned = licenses_assigned - o.assigned
    WHERE organization_id IN (o.provider_id, o.reseller_id) AND EXISTS (SELECT 1 FROM customer_relationship r
        WHERE r.customer_id = o.customer_id AND r.partner_id = organization_counter.organization_id
        AND r.status = 'ACTIVE');

CREATE TRIGGER subscription_counts_changed_to AFTER UPDATE ON subscription
    REFERENCING OLD AS o NEW AS n FOR EACH ROW WHEN (n.status = 'ACTIVE' AND (o.status <> n.status
        OR o.quantity <> n.quantity OR o.assigned <> n.assigned OR o.customer_id <> n.customer_id
        OR o.provider_id <> n.provider_id OR o.reseller_id <> n.reseller_id))
    UPDATE organization_counter SET subscriptions = subscriptions + 1, licenses = licenses + n.quantity,
        licenses_assigned = licenses_assigned + n.assigned
    WHERE organization_id IN (n.provider_id, n.reseller_id) AND EXISTS (SELECT 1 FROM customer_relationship r
        WHERE r.customer_id = n.customer_id AND r.partner_id = organization_counter.organization_id
        AND r.status = 'ACTIVE');

CREATE TRIGGER subscription_counts_removed AFTER DELETE ON subscription
    REFERENCING OLD AS o FOR EACH ROW WHEN (o.status = 'ACTIVE')
    UPDATE organization_counter SET subscriptions = subscriptions - 1, licenses = licenses - o.quantity,
        licenses_assigned = licenses_assigned - o.assigned
    WHERE organization_id IN (o.provider_id, o.reseller_id) AND EXISTS (SELECT 1 FROM customer_relationship r
        WHERE r.customer_id = o.customer_id AND r.partner_id = organization_counter.organization_id
        AND r.status = 'ACTIVE');

-- Orders: a day row of the system (organization 0) and of each side still related to the customer.
CREATE TRIGGER customer_order_days_added AFTER INSERT ON customer_order
    REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO order_day (organization_id, placed_on, orders)
    SELECT c.organization_id, CAST(n.placed_at AS DATE), 0 FROM organization_counter c
    WHERE c.organization_id IN (n.provider_id, n.reseller_id)
        AND EXISTS (SELECT 1 FROM customer_relationship r WHERE r.customer_id = n.customer_id
            AND r.partner_id = c.organization_id AND r.status = 'ACTIVE')
        AND NOT EXISTS (SELECT 1 FROM order_day d
            WHERE d.organization_id = c.organization_id AND d.placed_on = CAST(n.placed_at AS DATE));

CREATE TRIGGER customer_order_system_day_added AFTER INSERT ON customer_order
    REFERENCING NEW AS n FOR EACH ROW
    INSERT INTO order_day (organization_id, placed_on, orders)
    SELECT CAST(0 AS BIGINT), CAST(n.placed_at AS DATE), 0 FROM system_counter WHERE name = 'orders'
        AND NOT EXISTS (SELECT 1 FROM order_day d
            WHERE d.organization_id = 0 AND d.placed_on = CAST(n.placed_at AS DATE));

CREATE TRIGGER customer_order_counted AFTER INSERT ON customer_order
    REFERENCING NEW AS n FOR EACH ROW
    UPDATE order_day SET orders = orders + 1
    WHERE organization_id IN (0, n.provider_id, n.reseller_id) AND placed_on = CAST(n.placed_at AS DATE)
        AND (organization_id = 0 OR EXISTS (SELECT 1 FROM customer_relationship r WHERE r.customer_id = n.customer_id
            AND r.partner_id = order_day.organization_id AND r.status = 'ACTIVE'));

CREATE TRIGGER customer_order_total_added AFTER INSERT ON customer_order
    REFERENCING NEW AS n FOR EACH ROW
    UPDATE system_counter SET amount = amount + 1 WHERE name = 'orders';

CREATE TRIGGER customer_order_uncounted AFTER DELETE ON customer_order
    REFERENCING OLD AS o FOR EACH ROW
    UPDATE order_day SET orders = orders - 1
    WHERE organization_id IN (0, o.provider_id, o.reseller_id) AND placed_on = CAST(o.placed_at AS DATE)
        AND (organization_id = 0 OR EXISTS (SELECT 1 FROM customer_relationship r WHERE r.customer_id = o.customer_id
            AND r.partner_id = order_day.organization_id AND r.status = 'ACTIVE'));

CREATE TRIGGER customer_order_total_removed AFTER DELETE ON customer_order
    REFERENCING OLD AS o FOR EACH ROW
    UPDATE system_counter SET amount = amount - 1 WHERE name = 'orders';
