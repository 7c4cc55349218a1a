-- Price rules are only ever added (issue 17): a change is a new dated rule, so the price of a past day never
-- changes. Besides the application never updating or deleting one, the database refuses it, as it does for the
-- audit log (V10): an AFTER statement trigger inserts a NULL into the NOT NULL column of V10's guard table, so
-- every UPDATE or DELETE of price_rule fails and is rolled back.
CREATE TRIGGER price_rule_no_update AFTER UPDATE ON price_rule
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));

CREATE TRIGGER price_rule_no_delete AFTER DELETE ON price_rule
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));
