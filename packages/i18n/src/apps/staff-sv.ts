// The staff app's texts in Swedish (a chunk of its own, loaded when chosen).
import { apiClients } from '../sections/sv/apiClients.ts';
import { application } from '../sections/sv/application.ts';
import { calculation } from '../sections/sv/calculation.ts';
import { calculator } from '../sections/sv/calculator.ts';
import { caseWork } from '../sections/sv/caseWork.ts';
import { common } from '../sections/sv/common.ts';
import { correspondence } from '../sections/sv/correspondence.ts';
import { decisions } from '../sections/sv/decisions.ts';
import { devLogin } from '../sections/sv/devLogin.ts';
import { errors } from '../sections/sv/errors.ts';
import { parameterSets } from '../sections/sv/parameterSets.ts';
import { printBatches } from '../sections/sv/printBatches.ts';
import { signIn } from '../sections/sv/signIn.ts';
import { staff } from '../sections/sv/staff.ts';
import { staffCorrespondence } from '../sections/sv/staffCorrespondence.ts';
import { staffDecisions } from '../sections/sv/staffDecisions.ts';
import { staffUsers } from '../sections/sv/staffUsers.ts';
import { statistics } from '../sections/sv/statistics.ts';
import { workQueue } from '../sections/sv/workQueue.ts';
import type { AppDictionary } from '../web.ts';

export const staffSv = {
  apiClients,
  common,
  signIn,
  errors,
  devLogin,
  staff,
  application,
  workQueue,
  caseWork,
  staffUsers,
  parameterSets,
  printBatches,
  correspondence,
  staffCorrespondence,
  decisions,
  staffDecisions,
  calculation,
  calculator,
  statistics,
} satisfies AppDictionary;
