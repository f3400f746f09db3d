-- Retention (issue 18): what the retention job removes once it has served, found without scanning the tables.
-- BRIN on created_at: rows arrive in created_at order, so a block range summary finds the old ones at almost no
-- cost to the intake's inserts (Retention summarizes new ranges itself before each run: autovacuum may be off)
-- Retention: delete from idempotency_key where created_at < ?
create index idempotency_key_created on idempotency_key using brin (created_at);
-- Retention: delete from webhook_delivery where created_at < ? and status <> 'PENDING'
create index webhook_delivery_created on webhook_delivery using brin (created_at);
-- Retention: delete from outbox_event where created_at < ? and fanned_out_at is not null and no delivery is left
create index outbox_event_created on outbox_event using brin (created_at);
-- the event's deliveries: the "no delivery left" check above, and the foreign key's check when an event is deleted
create index webhook_delivery_event on webhook_delivery (event_id);
