// Swedish. Typed against the Finnish source dictionary: a missing or extra key fails the build.

import type { Dictionary } from './fi.ts';
import { account } from './sections/sv/account.ts';
import { apiClients } from './sections/sv/apiClients.ts';
import { application } from './sections/sv/application.ts';
import { approvals } from './sections/sv/approvals.ts';
import { auditTrail } from './sections/sv/auditTrail.ts';
import { calculation } from './sections/sv/calculation.ts';
import { calculator } from './sections/sv/calculator.ts';
import { caseWork } from './sections/sv/caseWork.ts';
import { citizen } from './sections/sv/citizen.ts';
import { citizenCorrespondence } from './sections/sv/citizenCorrespondence.ts';
import { citizenDecisions } from './sections/sv/citizenDecisions.ts';
import { citizenDuplicates } from './sections/sv/citizenDuplicates.ts';
import { common } from './sections/sv/common.ts';
import { correspondence } from './sections/sv/correspondence.ts';
import { dataProtection } from './sections/sv/dataProtection.ts';
import { dataRights } from './sections/sv/dataRights.ts';
import { decisions } from './sections/sv/decisions.ts';
import { devLogin } from './sections/sv/devLogin.ts';
import { email } from './sections/sv/email.ts';
import { errors } from './sections/sv/errors.ts';
import { parameterSets } from './sections/sv/parameterSets.ts';
import { printBatches } from './sections/sv/printBatches.ts';
import { rectification } from './sections/sv/rectification.ts';
import { signIn } from './sections/sv/signIn.ts';
import { staff } from './sections/sv/staff.ts';
import { staffCorrespondence } from './sections/sv/staffCorrespondence.ts';
import { staffDecisions } from './sections/sv/staffDecisions.ts';
import { staffUsers } from './sections/sv/staffUsers.ts';
import { statistics } from './sections/sv/statistics.ts';
import { upload } from './sections/sv/upload.ts';
import { validation } from './sections/sv/validation.ts';
import { workQueue } from './sections/sv/workQueue.ts';

export const sv: Dictionary = {
  apiClients,
  approvals,
  common,
  citizen,
  staff,
  signIn,
  application,
  account,
  validation,
  upload,
  devLogin,
  errors,
  email,
  workQueue,
  caseWork,
  staffUsers,
  parameterSets,
  printBatches,
  correspondence,
  decisions,
  rectification,
  citizenCorrespondence,
  citizenDecisions,
  citizenDuplicates,
  staffCorrespondence,
  staffDecisions,
  calculation,
  calculator,
  dataRights,
  dataProtection,
  statistics,
  auditTrail,
};
