// The staff app's texts in Swedish (a chunk of its own, loaded when chosen).
import { application } from '../sections/sv/application.ts';
import { calculation } from '../sections/sv/calculation.ts';
import { calculator } from '../sections/sv/calculator.ts';
import { caseWork } from '../sections/sv/caseWork.ts';
import { common } from '../sections/sv/common.ts';
import { correspondence } from '../sections/sv/correspondence.ts';
import { decisions } from '../sections/sv/decisions.ts';
import { devLogin } from '../sections/sv/devLogin.ts';
import { errors } from '../sections/sv/errors.ts';
import { signIn } from '../sections/sv/signIn.ts';
import { staff } from '../sections/sv/staff.ts';
import { staffCorrespondence } from '../sections/sv/staffCorrespondence.ts';
import { staffDecisions } from '../sections/sv/staffDecisions.ts';
import { workQueue } from '../sections/sv/workQueue.ts';
import type { AppDictionary } from '../web.ts';

export const staffSv = {
  common,
  signIn,
  errors,
  devLogin,
  staff,
  application,
  workQueue,
  caseWork,
  correspondence,
  staffCorrespondence,
  decisions,
  staffDecisions,
  calculation,
  calculator,
} satisfies AppDictionary;
