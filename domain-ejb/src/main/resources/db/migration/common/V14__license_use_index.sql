-- The partner's license-use tile sums assigned next to quantity (V12 added the counter after V13's indexes were
-- planned): with assigned in the index the tile is again answered from the index alone, no table row read.
DROP INDEX ix_subscription_provider_status;
DROP INDEX ix_subscription_reseller_status;
CREATE INDEX ix_subscription_provider_use ON subscription (provider_id, status, customer_id, quantity, assigned);
CREATE INDEX ix_subscription_reseller_use ON subscription (reseller_id, status, customer_id, quantity, assigned);
