// Finnish: the source dictionary. Swedish and English are typed against its shape, so a key added here must be
// added there too (and a key there that is not here fails the build).
// Placeholders are written `{name}`; every translation of a text must use the same placeholders.

import { account } from './sections/fi/account.ts';
import { apiClients } from './sections/fi/apiClients.ts';
import { application } from './sections/fi/application.ts';
import { approvals } from './sections/fi/approvals.ts';
import { auditTrail } from './sections/fi/auditTrail.ts';
import { calculation } from './sections/fi/calculation.ts';
import { calculator } from './sections/fi/calculator.ts';
import { caseWork } from './sections/fi/caseWork.ts';
import { citizen } from './sections/fi/citizen.ts';
import { citizenCorrespondence } from './sections/fi/citizenCorrespondence.ts';
import { citizenDecisions } from './sections/fi/citizenDecisions.ts';
import { citizenDuplicates } from './sections/fi/citizenDuplicates.ts';
import { common } from './sections/fi/common.ts';
import { correspondence } from './sections/fi/correspondence.ts';
import { dataProtection } from './sections/fi/dataProtection.ts';
import { dataRights } from './sections/fi/dataRights.ts';
import { decisions } from './sections/fi/decisions.ts';
import { devLogin } from './sections/fi/devLogin.ts';
import { email } from './sections/fi/email.ts';
import { errors } from './sections/fi/errors.ts';
import { parameterSets } from './sections/fi/parameterSets.ts';
import { printBatches } from './sections/fi/printBatches.ts';
import { rectification } from './sections/fi/rectification.ts';
import { signIn } from './sections/fi/signIn.ts';
import { staff } from './sections/fi/staff.ts';
import { staffCorrespondence } from './sections/fi/staffCorrespondence.ts';
import { staffDecisions } from './sections/fi/staffDecisions.ts';
import { staffUsers } from './sections/fi/staffUsers.ts';
import { statistics } from './sections/fi/statistics.ts';
import { upload } from './sections/fi/upload.ts';
import { validation } from './sections/fi/validation.ts';
import { workQueue } from './sections/fi/workQueue.ts';
import type { DeepStringShape } from './types.ts';

export const fi = {
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
  // Sections kept in their own files (src/sections/<language>/), one per feature.
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
} as const;

/** The shape every dictionary must have: the Finnish keys, with any text. */
export type Dictionary = DeepStringShape<typeof fi>;
