// English. Typed against the Finnish source dictionary: a missing or extra key fails the build.

import type { Dictionary } from './fi.ts';
import { account } from './sections/en/account.ts';
import { apiClients } from './sections/en/apiClients.ts';
import { application } from './sections/en/application.ts';
import { approvals } from './sections/en/approvals.ts';
import { auditTrail } from './sections/en/auditTrail.ts';
import { calculation } from './sections/en/calculation.ts';
import { calculator } from './sections/en/calculator.ts';
import { caseWork } from './sections/en/caseWork.ts';
import { citizen } from './sections/en/citizen.ts';
import { citizenCorrespondence } from './sections/en/citizenCorrespondence.ts';
import { citizenDecisions } from './sections/en/citizenDecisions.ts';
import { citizenDuplicates } from './sections/en/citizenDuplicates.ts';
import { common } from './sections/en/common.ts';
import { correspondence } from './sections/en/correspondence.ts';
import { dataProtection } from './sections/en/dataProtection.ts';
import { dataRights } from './sections/en/dataRights.ts';
import { decisions } from './sections/en/decisions.ts';
import { devLogin } from './sections/en/devLogin.ts';
import { email } from './sections/en/email.ts';
import { errors } from './sections/en/errors.ts';
import { parameterSets } from './sections/en/parameterSets.ts';
import { printBatches } from './sections/en/printBatches.ts';
import { rectification } from './sections/en/rectification.ts';
import { signIn } from './sections/en/signIn.ts';
import { staff } from './sections/en/staff.ts';
import { staffCorrespondence } from './sections/en/staffCorrespondence.ts';
import { staffDecisions } from './sections/en/staffDecisions.ts';
import { staffUsers } from './sections/en/staffUsers.ts';
import { statistics } from './sections/en/statistics.ts';
import { upload } from './sections/en/upload.ts';
import { validation } from './sections/en/validation.ts';
import { workQueue } from './sections/en/workQueue.ts';

export const en: Dictionary = {
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
