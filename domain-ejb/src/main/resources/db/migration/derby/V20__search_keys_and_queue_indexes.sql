-- Issue 14: the audit logs' search box matches events whose user or target STARTS WITH the text, ignoring case,
-- read from an index instead of a "contains" that scanned every event on each keystroke (1,000,000 at scale).
-- Each event's lower-case user and target are its search keys, written with the event (AuditEvent) and, for the
-- events already recorded, copied here: INSERTs only, so the append-only guard of V10 is not involved.
CREATE TABLE audit_search_key (
    audit_event_id BIGINT       NOT NULL,
    search_key     VARCHAR(500) NOT NULL,
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
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));

CREATE TRIGGER audit_search_key_no_delete AFTER DELETE ON audit_search_key
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));

-- Staff › Outbox, at scale: sorted by creation time only, both ways, optionally for one status, read from an
-- index with the id as tie-breaker (Derby: DESC twins, as it does not read an index backwards). Its search box
-- matches recipients starting with the text, ignoring case: a lower-case copy the database generates itself, so
-- every writer of outbox_message keeps it right without knowing of it.
DROP INDEX ix_outbox_message_created;
CREATE INDEX ix_outbox_message_created ON outbox_message (created_at, id);
CREATE INDEX ix_outbox_message_created_desc ON outbox_message (created_at DESC, id DESC);
CREATE INDEX ix_outbox_message_status_created ON outbox_message (status, created_at, id);
CREATE INDEX ix_outbox_message_status_created_desc ON outbox_message (status, created_at DESC, id DESC);
ALTER TABLE outbox_message ADD COLUMN recipient_key VARCHAR(320) GENERATED ALWAYS AS (LOWER(recipient));
CREATE INDEX ix_outbox_message_recipient_key ON outbox_message (recipient_key, created_at, id);

-- Staff › Enrollments: a status's queue in submission order, both ways, with the id as tie-breaker (it grows with
-- partner applications, not with customers; its other sorts and its filter read that status's applications).
DROP INDEX ix_enrollment_application_status;
CREATE INDEX ix_enrollment_application_status ON enrollment_application (status, submitted_at, id);
CREATE INDEX ix_enrollment_application_status_desc ON enrollment_application (status, submitted_at DESC, id DESC);
