// What the other parts use of applications/ (the layer rules let them import it only through this file).

export {
  applicationKindSchema,
  applicationStatusSchema,
  myApplicationSchema,
  presentMyApplication,
} from './application.presenter.ts';
export { type ApplicationCase, type CitizenActor, historyActor, loadCase } from './application-case.ts';
export {
  deleteApplications,
  findNonDraftApplication,
  findPersonIdOfApplication,
  insertApplicationRow,
  insertStatusHistory,
  lockNonDraftApplication,
  nextReferenceSequence,
  setAssigneeKeepingVersion,
} from './applications.repository.ts';
export { attachmentSchema } from './attachments-hook.ts';
export { caseActorOf, caseForActions, requireCasePermission } from './case-permissions.ts';
export { contentOf } from './content.ts';
export { getOwnApplication, lockEditableApplicationOfPerson, lockOwnApplication } from './lock.ts';
export { recordApplicationRead } from './read-applications.ts';
export {
  handlingRoles,
  type StaffActor,
  staffHistoryActor,
} from './staff-actor.ts';
export { presentStaffApplication, staffApplicationSchema } from './staff-application.presenter.ts';
export { loadStaffCase } from './staff-case.ts';
export { assertStatusChange, changeStatus } from './status-change.ts';
export { referenceNumber } from './submit-application.ts';
