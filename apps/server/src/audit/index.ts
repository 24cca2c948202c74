// What the other parts use of audit/ (the layer rules let them import it only through this file).

export { listStaffWhoOpenedApplication } from './audit.repository.ts';
export { type AuditContext, recordAudit, recordAudits, systemAuditContext } from './audit-log.ts';
