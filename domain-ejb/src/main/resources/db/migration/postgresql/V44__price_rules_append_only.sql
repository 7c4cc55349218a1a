-- Price rules are only ever added (issue 17): a change is a new dated rule, so the price of a past day never
-- changes. Besides the application never updating or deleting one, the database refuses it, as it does for the
-- audit log (V10): a statement trigger raises an error, so every UPDATE, DELETE or TRUNCATE of price_rule fails
-- and is rolled back.
CREATE FUNCTION price_rule_append_only_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'price rules are only added: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER price_rule_no_update AFTER UPDATE ON price_rule
    FOR EACH STATEMENT EXECUTE FUNCTION price_rule_append_only_refuse();

CREATE TRIGGER price_rule_no_delete AFTER DELETE ON price_rule
    FOR EACH STATEMENT EXECUTE FUNCTION price_rule_append_only_refuse();

CREATE TRIGGER price_rule_no_truncate BEFORE TRUNCATE ON price_rule
    FOR EACH STATEMENT EXECUTE FUNCTION price_rule_append_only_refuse();
