-- The actor's display name beside its stable id, from the Kafka header actor-name (absent on events recorded
-- before authentication and on imports, hence nullable): the audit trail and the live feed show it.
ALTER TABLE event_log ADD COLUMN actor_name VARCHAR(200);
ALTER TABLE audit_entry ADD COLUMN actor_name VARCHAR(200);
ALTER TABLE live_change ADD COLUMN actor_name VARCHAR(200);
