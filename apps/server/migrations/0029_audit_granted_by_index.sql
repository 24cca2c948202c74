-- The audit trail by an admin also finds the rows of the API clients that admin created, asked personal-data
-- access for or approved (details.grantedBy, migration 0026): one index per part, newest first by sequence number.
create index audit_event_granted_created_idx on audit_event ((details #>> '{grantedBy,createdBy}'), seq)
  where actor_type = 'api_client';
create index audit_event_granted_requested_idx on audit_event ((details #>> '{grantedBy,requestedBy}'), seq)
  where actor_type = 'api_client';
create index audit_event_granted_approved_idx on audit_event ((details #>> '{grantedBy,approvedBy}'), seq)
  where actor_type = 'api_client';
