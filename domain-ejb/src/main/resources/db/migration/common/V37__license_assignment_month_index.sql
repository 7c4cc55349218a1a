-- The partner's Dashboard chart counts the licenses assigned per month of the last 12 months in its
-- subscriptions (issue 16): from the partner's subscription index (V14) to each subscription's assignments of that
-- range, read from this index alone rather than every assignment the subscription ever had.
CREATE INDEX ix_license_assignment_assigned ON license_assignment (subscription_id, assigned_at);
