-- Issue 14: the audit logs' search box matches events whose user or target STARTS WITH the text, ignoring case,
-- read from an index instead of a "contains" that scanned every event on each keystroke (1,000,000 at scale).
-- Each event's lower-case user and target are its search keys, written with the event (AuditEvent) and, for the
-- events already recorded, copied here: INSERTs only, so the append-only guard of V10 is not involved.
-- COLLATE "C": the databases here use C.UTF-8, whose btree index does not serve LIKE 'abc%'.
CREATE TABLE audit_search_key (
    audit_event_id BIGINT       NOT NULL,
    search_key     VARCHAR(500) COLLATE "C" NOT NULL,
    occurred_at    TIMESTAMP    NOT NULL,
    CONSTRAINT pk_audit_search_key PRIMARY KEY (audit_event_id, search_key),
    CONSTRAINT fk_audit_search_key_event FOREIGN KEY (audit_event_id) REFERENCES audit_event (id)
);
CREATE INDEX ix_audit_search_key ON audit_search_key (search_key, occurred_at, audit_event_id);

INSERT INTO audit_search_key (audit_event_id, search_key, occurred_at)
    SELECT id, LOWER(actor_login), occurred_at FROM audit_event WHERE actor_login IS NOT NULL;
INSERT INTO audit_search_key (audit_event_id, search_key, occurred_at)
    SELECT id, LOWER(target), occurred_at FROM audit_event
    WHERE target IS NOT NULL AND (actor_login IS NULL OR LOWER(target) <> LOWER(actor_login));

-- Append-only like the rest of the log (V10).
CREATE TRIGGER audit_search_key_no_update AFTER UPDATE ON audit_search_key
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only_refuse();

CREATE TRIGGER audit_search_key_no_delete AFTER DELETE ON audit_search_key
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only_refuse();

CREATE TRIGGER audit_search_key_no_truncate BEFORE TRUNCATE ON audit_search_key
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only_refuse();

-- Staff › Outbox, at scale: sorted by creation time only, both ways, optionally for one status, read from an
-- index with the id as tie-breaker (PostgreSQL reads them backwards; Derby's twin adds DESC twins). Its search
-- box matches recipients starting with the text, ignoring case: a lower-case copy the database generates itself
-- (COLLATE "C", so LIKE 'abc%' uses its index), so every writer of outbox_message keeps it right.
DROP INDEX ix_outbox_message_created;
CREATE INDEX ix_outbox_message_created ON outbox_message (created_at, id);
CREATE INDEX ix_outbox_message_status_created ON outbox_message (status, created_at, id);
ALTER TABLE outbox_message ADD COLUMN recipient_key VARCHAR(320) COLLATE "C" GENERATED ALWAYS AS (LOWER(recipient)) STORED;
CREATE INDEX ix_outbox_message_recipient_key ON outbox_message (recipient_key, created_at, id);

-- Staff › Enrollments: a status's queue in submission order, both ways, with the id as tie-breaker (it grows with
-- partner applications, not with customers; its other sorts and its filter read that status's applications).
DROP INDEX ix_enrollment_application_status;
CREATE INDEX ix_enrollment_application_status ON enrollment_application (status, submitted_at, id);
