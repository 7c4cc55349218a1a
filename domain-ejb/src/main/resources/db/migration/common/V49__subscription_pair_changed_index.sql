-- The credit check's "this month's unbilled charges" (issue 17) read without every subscription's history: the pair's
-- subscriptions changed in the month, and those not changed since before it summed by offer, are ranges of this
-- index, whatever the reseller's size.
CREATE INDEX ix_subscription_pair_changed ON subscription (provider_id, reseller_id, changed_at, status, offer_id, quantity);
