-- Issue 14: both audit logs read one page through an index, however many events there are (measured at
-- 1,000,000: an organization's log took 16 s, an EXISTS with a self-join over every event, sorted on disk).
--
-- An organization's log is read from audit_event_organization alone: the event's time and action are copied
-- into it, so (organization_id, occurred_at, audit_event_id) gives a page as 25 index entries plus 25 primary
-- key reads of the events. Both copies are written with the event (AuditEvent's concerns) and never change,
-- as the event itself never changes.
--
-- The backfill must UPDATE the append-only table, which V10 refuses: the trigger that refuses an UPDATE of
-- audit_event_organization is disabled for this one statement and enabled again, inside this migration's one
-- transaction (Flyway runs a PostgreSQL migration in a transaction, and ALTER TABLE holds an exclusive lock on
-- the table until it ends): no other transaction ever sees the table unguarded, and if anything here fails the
-- trigger is enabled again by the rollback. The UPDATE only fills the new columns; no existing value changes.
-- audit_event itself is not touched.
ALTER TABLE audit_event_organization ADD COLUMN occurred_at TIMESTAMP;
ALTER TABLE audit_event_organization ADD COLUMN action VARCHAR(64);

ALTER TABLE audit_event_organization DISABLE TRIGGER audit_event_organization_no_update;
UPDATE audit_event_organization c SET occurred_at = e.occurred_at, action = e.action
    FROM audit_event e WHERE e.id = c.audit_event_id;
ALTER TABLE audit_event_organization ENABLE TRIGGER audit_event_organization_no_update;

ALTER TABLE audit_event_organization ALTER COLUMN occurred_at SET NOT NULL;
ALTER TABLE audit_event_organization ALTER COLUMN action SET NOT NULL;

-- The logs sort by time only (newest first by default, oldest first on request) and filter by action: each
-- order and each filter has its index, with the id as the tie-breaker the queries order by too. PostgreSQL
-- reads these backwards for newest-first (Derby's twin adds DESC twins).
DROP INDEX ix_audit_event_organization_org;
CREATE INDEX ix_audit_concern_time ON audit_event_organization (organization_id, occurred_at, audit_event_id);
CREATE INDEX ix_audit_concern_action
    ON audit_event_organization (organization_id, action, occurred_at, audit_event_id);

-- The staff's whole log: the same orders and filter over audit_event.
DROP INDEX ix_audit_event_occurred;
DROP INDEX ix_audit_event_action;
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_action_time ON audit_event (action, occurred_at, id);
