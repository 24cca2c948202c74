// What the other parts use of session/ (the layer rules let them import it only through this file).
export { staffRoleSchema } from './session.presenter.ts';
export { revokeSessionsOfStaffUser } from './session.repository.ts';
