-- The audit trail by the one who acted ("what has this person at the office looked at", listAuditEvents with
-- actorUsername or actorId): the rows of one actor, newest first by sequence number, without reading the table.
create index audit_event_actor_idx on audit_event (actor_id, seq);
