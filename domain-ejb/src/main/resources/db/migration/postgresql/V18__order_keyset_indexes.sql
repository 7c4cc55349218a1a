-- Issue 14: the Orders page and a customer's order history are read newest first from DESC indexes (V9, V13);
-- their previous and last pages read the same order backwards. PostgreSQL scans those indexes backwards, so
-- this twin of Derby's V18 (ascending twins of the four indexes) has nothing to do.
SELECT 1;
