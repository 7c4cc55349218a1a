-- The Orders page (SPEC §10): an organization's orders across all its customers, newest first, a page at a time.
-- V9's indexes start with the customer, so they serve one customer's history only; these start with the
-- organization's side of the order, so a page of a provider (or reseller of record) with a million orders reads
-- its 25 index entries in order and sorts nothing. They also count the orders of the last 30 days for the
-- partner's dashboard tile as one index range.
CREATE INDEX ix_customer_order_provider_placed ON customer_order (provider_id, placed_at DESC, id DESC);
CREATE INDEX ix_customer_order_reseller_placed ON customer_order (reseller_id, placed_at DESC, id DESC);
-- Staff's tile: orders of the last 30 days, one index range.
CREATE INDEX ix_customer_order_placed ON customer_order (placed_at);

-- Dashboard tiles: a partner's active subscriptions and the licenses in them, counted and summed from the index
-- alone (status and quantity are in it; the customer to check the partner's relationship is still active).
CREATE INDEX ix_subscription_provider_status ON subscription (provider_id, status, customer_id, quantity);
CREATE INDEX ix_subscription_reseller_status ON subscription (reseller_id, status, customer_id, quantity);
