// The staff app's texts: the sections of the dictionary it uses (a test checks its code against this list),
// Finnish with the app and Swedish and English as chunks of their own; the sections of the admin and supervisor
// pages are chunks of their own too, fetched with those pages.
import { application } from '../sections/fi/application.ts';
import { calculation } from '../sections/fi/calculation.ts';
import { calculator } from '../sections/fi/calculator.ts';
import { caseWork } from '../sections/fi/caseWork.ts';
import { common } from '../sections/fi/common.ts';
import { correspondence } from '../sections/fi/correspondence.ts';
import { decisions } from '../sections/fi/decisions.ts';
import { devLogin } from '../sections/fi/devLogin.ts';
import { errors } from '../sections/fi/errors.ts';
import { signIn } from '../sections/fi/signIn.ts';
import { staff } from '../sections/fi/staff.ts';
import { staffCorrespondence } from '../sections/fi/staffCorrespondence.ts';
import { staffDecisions } from '../sections/fi/staffDecisions.ts';
import { workQueue } from '../sections/fi/workQueue.ts';
import type { AppDictionary, AppTexts } from '../web.ts';

const finnish = {
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

/** The admin, supervisor and auditor pages' texts come with those pages (lazyPage in AppRoutes.tsx). */
const lazy: AppTexts['lazy'] = {
  apiClients: {
    fi: () => import('../sections/fi/apiClients.ts').then((module) => module.apiClients),
    sv: () => import('../sections/sv/apiClients.ts').then((module) => module.apiClients),
    en: () => import('../sections/en/apiClients.ts').then((module) => module.apiClients),
  },
  approvals: {
    fi: () => import('../sections/fi/approvals.ts').then((module) => module.approvals),
    sv: () => import('../sections/sv/approvals.ts').then((module) => module.approvals),
    en: () => import('../sections/en/approvals.ts').then((module) => module.approvals),
  },
  staffUsers: {
    fi: () => import('../sections/fi/staffUsers.ts').then((module) => module.staffUsers),
    sv: () => import('../sections/sv/staffUsers.ts').then((module) => module.staffUsers),
    en: () => import('../sections/en/staffUsers.ts').then((module) => module.staffUsers),
  },
  parameterSets: {
    fi: () => import('../sections/fi/parameterSets.ts').then((module) => module.parameterSets),
    sv: () => import('../sections/sv/parameterSets.ts').then((module) => module.parameterSets),
    en: () => import('../sections/en/parameterSets.ts').then((module) => module.parameterSets),
  },
  printBatches: {
    fi: () => import('../sections/fi/printBatches.ts').then((module) => module.printBatches),
    sv: () => import('../sections/sv/printBatches.ts').then((module) => module.printBatches),
    en: () => import('../sections/en/printBatches.ts').then((module) => module.printBatches),
  },
  statistics: {
    fi: () => import('../sections/fi/statistics.ts').then((module) => module.statistics),
    sv: () => import('../sections/sv/statistics.ts').then((module) => module.statistics),
    en: () => import('../sections/en/statistics.ts').then((module) => module.statistics),
  },
  auditTrail: {
    fi: () => import('../sections/fi/auditTrail.ts').then((module) => module.auditTrail),
    sv: () => import('../sections/sv/auditTrail.ts').then((module) => module.auditTrail),
    en: () => import('../sections/en/auditTrail.ts').then((module) => module.auditTrail),
  },
};

export const staffTexts: AppTexts = {
  sections: Object.keys(finnish) as AppTexts['sections'],
  finnish,
  lazy,
  load: (language) =>
    language === 'sv'
      ? import('./staff-sv.ts').then((module) => module.staffSv)
      : import('./staff-en.ts').then((module) => module.staffEn),
};
