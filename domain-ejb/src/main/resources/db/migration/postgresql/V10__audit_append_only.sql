-- The audit log is append-only (SPEC §9): besides the application never updating or deleting an event,
-- the database refuses it. PostgreSQL: a statement trigger raises an error, so every UPDATE or DELETE fails and
-- is rolled back, even when no row matched, which is what an append-only table should do. The guard table of
-- Derby's twin (which cannot raise) is kept, empty, so both databases have the same tables.
CREATE TABLE audit_append_only_guard (
    refused INT NOT NULL
);

CREATE FUNCTION audit_append_only_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER audit_event_no_update AFTER UPDATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only_refuse();

CREATE TRIGGER audit_event_no_delete AFTER DELETE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only_refuse();

CREATE TRIGGER audit_event_organization_no_update AFTER UPDATE ON audit_event_organization
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only_refuse();

CREATE TRIGGER audit_event_organization_no_delete AFTER DELETE ON audit_event_organization
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only_refuse();

-- TRUNCATE skips row and statement triggers of UPDATE and DELETE; refuse it too.
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only_refuse();

CREATE TRIGGER audit_event_organization_no_truncate BEFORE TRUNCATE ON audit_event_organization
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only_refuse();
