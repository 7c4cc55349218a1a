-- A billing run bills a reseller a page of subscriptions per transaction (issue 17): in one transaction, the
-- 100,000 subscriptions of the benchmark's one reseller outlived the server's transaction timeout (120 s) and were
-- rolled back, and Derby would have escalated its row locks to table locks for the whole run. The run remembers
-- where in the reseller it is, (customer, subscription) in the order it bills them, so a run killed between two
-- pages goes on after the last one committed.
ALTER TABLE billing_run ADD COLUMN billing_reseller_id BIGINT;
ALTER TABLE billing_run ADD COLUMN after_customer_id BIGINT;
ALTER TABLE billing_run ADD COLUMN after_subscription_id BIGINT;
