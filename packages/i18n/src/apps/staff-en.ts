// The staff app's texts in English (a chunk of its own, loaded when chosen).
import { application } from '../sections/en/application.ts';
import { calculation } from '../sections/en/calculation.ts';
import { calculator } from '../sections/en/calculator.ts';
import { caseWork } from '../sections/en/caseWork.ts';
import { common } from '../sections/en/common.ts';
import { correspondence } from '../sections/en/correspondence.ts';
import { decisions } from '../sections/en/decisions.ts';
import { devLogin } from '../sections/en/devLogin.ts';
import { errors } from '../sections/en/errors.ts';
import { signIn } from '../sections/en/signIn.ts';
import { staff } from '../sections/en/staff.ts';
import { staffCorrespondence } from '../sections/en/staffCorrespondence.ts';
import { staffDecisions } from '../sections/en/staffDecisions.ts';
import { workQueue } from '../sections/en/workQueue.ts';
import type { AppDictionary } from '../web.ts';

export const staffEn = {
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
