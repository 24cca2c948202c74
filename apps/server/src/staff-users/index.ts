// What the other parts use of staff-users/ (the layer rules let them import it only through this file).
export { presentStaffUser, staffUserSchema, staffUserTag } from './staff-user.presenter.ts';
export {
  findStaffUserByUsername,
  findStaffUserRoles,
  listActiveStaffUsers,
  listStaffNames,
  upsertStaffUserFromDirectory,
} from './staff-users.repository.ts';
