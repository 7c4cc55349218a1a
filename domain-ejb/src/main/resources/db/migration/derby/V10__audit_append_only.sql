-- The audit log is append-only (SPEC §9): besides the application never updating or deleting an event,
-- the database refuses it. Derby triggers cannot SIGNAL, and BEFORE triggers cannot write, so an AFTER
-- statement trigger inserts a NULL into a NOT NULL column of a guard table: the UPDATE or DELETE fails
-- with that constraint violation and is rolled back. Statement triggers fire even when no row matched,
-- so every attempt fails, which is what an append-only table should do.
CREATE TABLE audit_append_only_guard (
    refused INT NOT NULL
);

CREATE TRIGGER audit_event_no_update AFTER UPDATE ON audit_event
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));

CREATE TRIGGER audit_event_no_delete AFTER DELETE ON audit_event
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));

CREATE TRIGGER audit_event_organization_no_update AFTER UPDATE ON audit_event_organization
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));

CREATE TRIGGER audit_event_organization_no_delete AFTER DELETE ON audit_event_organization
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));
