-- Issued invoices never change (issue 17): their lines, totals, number and days stay as issued, and no line, statement
-- line, payment or credit note is ever rewritten. Besides the entities offering no way to, the database refuses it, as
-- for the audit log (V10) and price rules (V44): a trigger inserts a NULL into the NOT NULL column of V10's guard
-- table, so the statement fails and is rolled back. Paying (paid, status, paid_on) and the hold notice stay possible;
-- a draft may still be deleted with its lines (a run's own retry), an issued invoice may not.
CREATE TRIGGER invoice_issued_frozen AFTER UPDATE OF total, customer_total, line_count, currency, invoice_number,
        issued_on, due_on, reseller_id, provider_id, billing_month ON invoice
    REFERENCING OLD AS o FOR EACH ROW WHEN (o.status <> 'DRAFT')
    INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));

CREATE TRIGGER invoice_issued_kept AFTER DELETE ON invoice
    REFERENCING OLD AS o FOR EACH ROW WHEN (o.status <> 'DRAFT')
    INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));

CREATE TRIGGER invoice_line_no_update AFTER UPDATE ON invoice_line
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));

CREATE TRIGGER customer_statement_line_no_update AFTER UPDATE ON customer_statement_line
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));

CREATE TRIGGER payment_no_update AFTER UPDATE ON payment
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));

CREATE TRIGGER credit_note_no_update AFTER UPDATE ON credit_note
    FOR EACH STATEMENT INSERT INTO audit_append_only_guard (refused) VALUES (CAST(NULL AS INT));
