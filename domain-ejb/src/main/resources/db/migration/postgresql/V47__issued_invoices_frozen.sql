-- Issued invoices never change (issue 17): their lines, totals, number and days stay as issued, and no line, statement
-- line, payment or credit note is ever rewritten. Besides the entities offering no way to, the database refuses it, as
-- for the audit log (V10) and price rules (V44): a trigger raises an error, so the statement fails and is rolled
-- back. Paying (paid, status, paid_on) and the hold notice stay possible; a draft may still be deleted with its lines
-- (a run's own retry), an issued invoice may not.
CREATE FUNCTION billing_documents_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'issued billing documents never change: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER invoice_issued_frozen BEFORE UPDATE OF total, customer_total, line_count, currency, invoice_number,
        issued_on, due_on, reseller_id, provider_id, billing_month ON invoice
    FOR EACH ROW WHEN (OLD.status <> 'DRAFT') EXECUTE FUNCTION billing_documents_refuse();

CREATE TRIGGER invoice_issued_kept BEFORE DELETE ON invoice
    FOR EACH ROW WHEN (OLD.status <> 'DRAFT') EXECUTE FUNCTION billing_documents_refuse();

CREATE TRIGGER invoice_line_no_update AFTER UPDATE ON invoice_line
    FOR EACH STATEMENT EXECUTE FUNCTION billing_documents_refuse();

CREATE TRIGGER customer_statement_line_no_update AFTER UPDATE ON customer_statement_line
    FOR EACH STATEMENT EXECUTE FUNCTION billing_documents_refuse();

CREATE TRIGGER payment_no_update AFTER UPDATE ON payment
    FOR EACH STATEMENT EXECUTE FUNCTION billing_documents_refuse();

CREATE TRIGGER credit_note_no_update AFTER UPDATE ON credit_note
    FOR EACH STATEMENT EXECUTE FUNCTION billing_documents_refuse();
