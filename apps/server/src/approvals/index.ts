// What the other parts use of approvals/ (the layer rules let them import it only through this file).
export {
  cannotApproveOwn,
  clientMayAct,
  notPending,
  privilegedRolesOf,
  privilegedScopesOf,
} from './approval-rules.ts';
export { pendingRoleGrants, requestRoleGrant } from './staff-role-grants.ts';
