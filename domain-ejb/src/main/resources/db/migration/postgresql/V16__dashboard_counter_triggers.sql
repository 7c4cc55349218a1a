-- Keeps V15's counters in the same transaction as the rows they count, whoever writes them (the boundaries, the
-- test fixtures' and the benchmark's plain JDBC): a rollback undoes the counter change with the row, and
-- concurrent writers serialize on the counter rows they change. Derby's twin does the same per row.
--
-- PostgreSQL: statement triggers with transition tables, so a bulk load of 100,000 relationships updates its
-- partner's counter row once, not 100,000 times (each update of one row in one transaction leaves a row version
-- the next update must step over). Each function first gathers the statement's changes into arrays, then locks
-- the counter rows concerned in ascending id order (no deadlock between two such statements), and only then
-- reads relationships, subscriptions and orders: read committed gives each later statement a snapshot taken
-- after the lock, so a subscription and its customer's relationship changed at the same moment are counted by
-- exactly one of the two triggers, whichever runs second.
--
-- A relationship's partner is on one side only of its customer's subscriptions and orders (a provider is their
-- provider, a reseller their reseller of record), hence "provider_id = partner OR reseller_id = partner".

-- Organizations: a counter row with each, and the staff's ACTIVE organizations by kind.
CREATE FUNCTION counters_on_organization() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    names text[];
    deltas bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO organization_counter (organization_id) SELECT n.id FROM new_rows n ORDER BY n.id;
        SELECT array_agg('organizations.' || n.kind), array_agg(1) INTO names, deltas
            FROM new_rows n WHERE n.status = 'ACTIVE';
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(change.name), array_agg(change.delta) INTO names, deltas FROM (
            SELECT 'organizations.' || o.kind AS name, -1 AS delta FROM old_rows o JOIN new_rows n ON n.id = o.id
                WHERE o.status = 'ACTIVE' AND (n.status, n.kind) IS DISTINCT FROM (o.status, o.kind)
            UNION ALL
            SELECT 'organizations.' || n.kind, 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
                WHERE n.status = 'ACTIVE' AND (n.status, n.kind) IS DISTINCT FROM (o.status, o.kind)) change;
    ELSE
        DELETE FROM organization_counter WHERE organization_id IN (SELECT o.id FROM old_rows o);
        SELECT array_agg('organizations.' || o.kind), array_agg(-1) INTO names, deltas
            FROM old_rows o WHERE o.status = 'ACTIVE';
    END IF;
    IF names IS NOT NULL THEN
        UPDATE system_counter c SET amount = c.amount + change.delta
            FROM (SELECT ch.name, SUM(ch.delta) AS delta FROM unnest(names, deltas) AS ch(name, delta)
                GROUP BY ch.name) change
            WHERE c.name = change.name;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER organization_counters_inserted AFTER INSERT ON organization
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION counters_on_organization();
CREATE TRIGGER organization_counters_updated AFTER UPDATE ON organization
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION counters_on_organization();
CREATE TRIGGER organization_counters_deleted AFTER DELETE ON organization
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION counters_on_organization();

-- Registry profiles: the staff's ACTIVE profiles.
CREATE FUNCTION counters_on_organization_profile() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    delta bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT COUNT(*) INTO delta FROM new_rows n WHERE n.status = 'ACTIVE';
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT COALESCE(SUM(CASE WHEN n.status = 'ACTIVE' THEN 1 ELSE 0 END
                - CASE WHEN o.status = 'ACTIVE' THEN 1 ELSE 0 END), 0) INTO delta
            FROM old_rows o JOIN new_rows n ON n.id = o.id;
    ELSE
        SELECT -COUNT(*) INTO delta FROM old_rows o WHERE o.status = 'ACTIVE';
    END IF;
    IF delta <> 0 THEN
        UPDATE system_counter SET amount = amount + delta WHERE name = 'registryProfiles';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER organization_profile_counters_inserted AFTER INSERT ON organization_profile
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION counters_on_organization_profile();
CREATE TRIGGER organization_profile_counters_updated AFTER UPDATE ON organization_profile
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION counters_on_organization_profile();
CREATE TRIGGER organization_profile_counters_deleted AFTER DELETE ON organization_profile
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION counters_on_organization_profile();

-- Relationships: when one starts (inserted ACTIVE, or becomes ACTIVE) the partner gains the customer and the
-- customer's active subscriptions and orders it holds; when it ends (becomes REMOVED, or is deleted) it loses
-- them again. Per customer, so bounded by one customer's rows.
CREATE FUNCTION counters_on_customer_relationship() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    partners bigint[];
    customers bigint[];
    deltas bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(n.partner_id), array_agg(n.customer_id), array_agg(1) INTO partners, customers, deltas
            FROM new_rows n WHERE n.status = 'ACTIVE';
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(change.partner_id), array_agg(change.customer_id), array_agg(change.delta)
            INTO partners, customers, deltas FROM (
                SELECT o.partner_id, o.customer_id, -1 AS delta FROM old_rows o JOIN new_rows n ON n.id = o.id
                    WHERE o.status = 'ACTIVE' AND (n.status, n.partner_id, n.customer_id)
                        IS DISTINCT FROM (o.status, o.partner_id, o.customer_id)
                UNION ALL
                SELECT n.partner_id, n.customer_id, 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
                    WHERE n.status = 'ACTIVE' AND (n.status, n.partner_id, n.customer_id)
                        IS DISTINCT FROM (o.status, o.partner_id, o.customer_id)) change;
    ELSE
        SELECT array_agg(o.partner_id), array_agg(o.customer_id), array_agg(-1) INTO partners, customers, deltas
            FROM old_rows o WHERE o.status = 'ACTIVE';
    END IF;
    IF partners IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM organization_counter c WHERE c.organization_id = ANY (partners)
        ORDER BY c.organization_id FOR UPDATE;
    UPDATE organization_counter c SET
            customers = c.customers + change.customers,
            subscriptions = c.subscriptions + change.subscriptions,
            licenses = c.licenses + change.licenses,
            licenses_assigned = c.licenses_assigned + change.licenses_assigned
        FROM (SELECT ch.partner_id, SUM(ch.delta) AS customers, SUM(ch.delta * held.subscriptions) AS subscriptions,
                    SUM(ch.delta * held.licenses) AS licenses, SUM(ch.delta * held.assigned) AS licenses_assigned
                FROM unnest(partners, customers, deltas) AS ch(partner_id, customer_id, delta)
                CROSS JOIN LATERAL (SELECT COUNT(*) AS subscriptions, COALESCE(SUM(s.quantity), 0) AS licenses,
                        COALESCE(SUM(s.assigned), 0) AS assigned
                    FROM subscription s WHERE s.customer_id = ch.customer_id
                        AND (s.provider_id = ch.partner_id OR s.reseller_id = ch.partner_id)
                        AND s.status = 'ACTIVE') held
                GROUP BY ch.partner_id) change
        WHERE c.organization_id = change.partner_id;
    INSERT INTO order_day (organization_id, placed_on, orders)
        SELECT ch.partner_id, CAST(co.placed_at AS DATE), SUM(ch.delta)
            FROM unnest(partners, customers, deltas) AS ch(partner_id, customer_id, delta)
            JOIN customer_order co ON co.customer_id = ch.customer_id
                AND (co.provider_id = ch.partner_id OR co.reseller_id = ch.partner_id)
            GROUP BY ch.partner_id, CAST(co.placed_at AS DATE)
            ORDER BY 1, 2
        ON CONFLICT (organization_id, placed_on) DO UPDATE SET orders = order_day.orders + EXCLUDED.orders;
    RETURN NULL;
END
$$;

CREATE TRIGGER customer_relationship_counters_inserted AFTER INSERT ON customer_relationship
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION counters_on_customer_relationship();
CREATE TRIGGER customer_relationship_counters_updated AFTER UPDATE ON customer_relationship
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION counters_on_customer_relationship();
CREATE TRIGGER customer_relationship_counters_deleted AFTER DELETE ON customer_relationship
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION counters_on_customer_relationship();

-- Subscriptions: an ACTIVE one counts (with its licenses) for its provider and its reseller of record, each while
-- its relationship with the customer is ACTIVE. An update takes the old row's part away and adds the new row's.
CREATE FUNCTION counters_on_subscription() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    customers bigint[];
    providers bigint[];
    resellers bigint[];
    deltas bigint[];
    quantities bigint[];
    assigneds bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(n.customer_id), array_agg(n.provider_id), array_agg(n.reseller_id), array_agg(1),
                array_agg(n.quantity), array_agg(n.assigned)
            INTO customers, providers, resellers, deltas, quantities, assigneds
            FROM new_rows n WHERE n.status = 'ACTIVE';
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(change.customer_id), array_agg(change.provider_id), array_agg(change.reseller_id),
                array_agg(change.delta), array_agg(change.quantity), array_agg(change.assigned)
            INTO customers, providers, resellers, deltas, quantities, assigneds FROM (
                SELECT o.customer_id, o.provider_id, o.reseller_id, -1 AS delta, o.quantity, o.assigned
                    FROM old_rows o JOIN new_rows n ON n.id = o.id
                    WHERE o.status = 'ACTIVE' AND (n.status, n.quantity, n.assigned, n.customer_id, n.provider_id,
                        n.reseller_id) IS DISTINCT FROM (o.status, o.quantity, o.assigned, o.customer_id,
                        o.provider_id, o.reseller_id)
                UNION ALL
                SELECT n.customer_id, n.provider_id, n.reseller_id, 1, n.quantity, n.assigned
                    FROM old_rows o JOIN new_rows n ON n.id = o.id
                    WHERE n.status = 'ACTIVE' AND (n.status, n.quantity, n.assigned, n.customer_id, n.provider_id,
                        n.reseller_id) IS DISTINCT FROM (o.status, o.quantity, o.assigned, o.customer_id,
                        o.provider_id, o.reseller_id)) change;
    ELSE
        SELECT array_agg(o.customer_id), array_agg(o.provider_id), array_agg(o.reseller_id), array_agg(-1),
                array_agg(o.quantity), array_agg(o.assigned)
            INTO customers, providers, resellers, deltas, quantities, assigneds
            FROM old_rows o WHERE o.status = 'ACTIVE';
    END IF;
    IF customers IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM organization_counter c WHERE c.organization_id = ANY (providers || resellers)
        ORDER BY c.organization_id FOR UPDATE;
    UPDATE organization_counter c SET
            subscriptions = c.subscriptions + change.subscriptions,
            licenses = c.licenses + change.licenses,
            licenses_assigned = c.licenses_assigned + change.licenses_assigned
        FROM (SELECT side.organization_id, SUM(ch.delta) AS subscriptions, SUM(ch.delta * ch.quantity) AS licenses,
                    SUM(ch.delta * ch.assigned) AS licenses_assigned
                FROM unnest(customers, providers, resellers, deltas, quantities, assigneds)
                    AS ch(customer_id, provider_id, reseller_id, delta, quantity, assigned)
                CROSS JOIN LATERAL (VALUES (ch.provider_id), (ch.reseller_id)) AS side(organization_id)
                WHERE EXISTS (SELECT 1 FROM customer_relationship r WHERE r.customer_id = ch.customer_id
                    AND r.partner_id = side.organization_id AND r.status = 'ACTIVE')
                GROUP BY side.organization_id) change
        WHERE c.organization_id = change.organization_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER subscription_counters_inserted AFTER INSERT ON subscription
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION counters_on_subscription();
CREATE TRIGGER subscription_counters_updated AFTER UPDATE ON subscription
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION counters_on_subscription();
CREATE TRIGGER subscription_counters_deleted AFTER DELETE ON subscription
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION counters_on_subscription();

-- Orders: a day row of the system (organization 0) and of each side still related to the customer, and the
-- system's total. An update (none today: placed_at, customer and sides are fixed) moves the order's part.
CREATE FUNCTION counters_on_customer_order() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    customers bigint[];
    providers bigint[];
    resellers bigint[];
    days date[];
    deltas bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(n.customer_id), array_agg(n.provider_id), array_agg(n.reseller_id),
                array_agg(CAST(n.placed_at AS DATE)), array_agg(1)
            INTO customers, providers, resellers, days, deltas FROM new_rows n;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(change.customer_id), array_agg(change.provider_id), array_agg(change.reseller_id),
                array_agg(change.placed_on), array_agg(change.delta)
            INTO customers, providers, resellers, days, deltas FROM (
                SELECT o.customer_id, o.provider_id, o.reseller_id, CAST(o.placed_at AS DATE) AS placed_on,
                        -1 AS delta
                    FROM old_rows o JOIN new_rows n ON n.id = o.id
                    WHERE (n.customer_id, n.provider_id, n.reseller_id, n.placed_at)
                        IS DISTINCT FROM (o.customer_id, o.provider_id, o.reseller_id, o.placed_at)
                UNION ALL
                SELECT n.customer_id, n.provider_id, n.reseller_id, CAST(n.placed_at AS DATE), 1
                    FROM old_rows o JOIN new_rows n ON n.id = o.id
                    WHERE (n.customer_id, n.provider_id, n.reseller_id, n.placed_at)
                        IS DISTINCT FROM (o.customer_id, o.provider_id, o.reseller_id, o.placed_at)) change;
    ELSE
        SELECT array_agg(o.customer_id), array_agg(o.provider_id), array_agg(o.reseller_id),
                array_agg(CAST(o.placed_at AS DATE)), array_agg(-1)
            INTO customers, providers, resellers, days, deltas FROM old_rows o;
    END IF;
    IF customers IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM organization_counter c WHERE c.organization_id = ANY (providers || resellers)
        ORDER BY c.organization_id FOR UPDATE;
    INSERT INTO order_day (organization_id, placed_on, orders)
        SELECT counted.organization_id, counted.placed_on, SUM(counted.delta) FROM (
                SELECT side.organization_id, ch.placed_on, ch.delta
                    FROM unnest(customers, providers, resellers, days, deltas)
                        AS ch(customer_id, provider_id, reseller_id, placed_on, delta)
                    CROSS JOIN LATERAL (VALUES (ch.provider_id), (ch.reseller_id)) AS side(organization_id)
                    WHERE EXISTS (SELECT 1 FROM customer_relationship r WHERE r.customer_id = ch.customer_id
                        AND r.partner_id = side.organization_id AND r.status = 'ACTIVE')
                UNION ALL
                SELECT 0, ch.placed_on, ch.delta FROM unnest(days, deltas) AS ch(placed_on, delta)) counted
            GROUP BY counted.organization_id, counted.placed_on
            ORDER BY 1, 2
        ON CONFLICT (organization_id, placed_on) DO UPDATE SET orders = order_day.orders + EXCLUDED.orders;
    UPDATE system_counter SET amount = amount + (SELECT SUM(d) FROM unnest(deltas) AS d) WHERE name = 'orders';
    RETURN NULL;
END
$$;

CREATE TRIGGER customer_order_counters_inserted AFTER INSERT ON customer_order
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION counters_on_customer_order();
CREATE TRIGGER customer_order_counters_updated AFTER UPDATE ON customer_order
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION counters_on_customer_order();
CREATE TRIGGER customer_order_counters_deleted AFTER DELETE ON customer_order
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION counters_on_customer_order();
