// The staff app's texts: the sections of the dictionary it uses (a test checks its code against this list),
// Finnish with the app and Swedish and English as chunks of their own.
import { apiClients } from '../sections/fi/apiClients.ts';
import { application } from '../sections/fi/application.ts';
import { calculation } from '../sections/fi/calculation.ts';
import { calculator } from '../sections/fi/calculator.ts';
import { caseWork } from '../sections/fi/caseWork.ts';
import { common } from '../sections/fi/common.ts';
import { correspondence } from '../sections/fi/correspondence.ts';
import { decisions } from '../sections/fi/decisions.ts';
import { devLogin } from '../sections/fi/devLogin.ts';
import { errors } from '../sections/fi/errors.ts';
import { parameterSets } from '../sections/fi/parameterSets.ts';
import { printBatches } from '../sections/fi/printBatches.ts';
import { signIn } from '../sections/fi/signIn.ts';
import { staff } from '../sections/fi/staff.ts';
import { staffCorrespondence } from '../sections/fi/staffCorrespondence.ts';
import { staffDecisions } from '../sections/fi/staffDecisions.ts';
import { staffUsers } from '../sections/fi/staffUsers.ts';
import { statistics } from '../sections/fi/statistics.ts';
import { workQueue } from '../sections/fi/workQueue.ts';
import type { AppDictionary, AppTexts } from '../web.ts';

const finnish = {
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

export const staffTexts: AppTexts = {
  sections: Object.keys(finnish) as AppTexts['sections'],
  finnish,
  load: (language) =>
    language === 'sv'
      ? import('./staff-sv.ts').then((module) => module.staffSv)
      : import('./staff-en.ts').then((module) => module.staffEn),
};
