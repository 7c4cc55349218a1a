-- Issue 14: the Orders page and a customer's order history are read newest first from DESC indexes (V9, V13);
-- their previous and last pages read the same order backwards, which Derby does only from an ascending twin.
CREATE INDEX ix_customer_order_provider_placed_asc ON customer_order (provider_id, placed_at, id);
CREATE INDEX ix_customer_order_reseller_placed_asc ON customer_order (reseller_id, placed_at, id);
CREATE INDEX ix_customer_order_customer_provider_asc ON customer_order (customer_id, provider_id, placed_at, id);
CREATE INDEX ix_customer_order_customer_reseller_asc ON customer_order (customer_id, reseller_id, placed_at, id);
