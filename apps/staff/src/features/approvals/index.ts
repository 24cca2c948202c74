// What the other parts use of approvals/ (the layer rules let them import it only through this file).
export { usePendingApprovals } from './approvals-api.ts';
