// The citizen app's texts: the sections of the dictionary it uses (a test checks its code against this list),
// Finnish with the app and Swedish and English as chunks of their own.
import { account } from '../sections/fi/account.ts';
import { application } from '../sections/fi/application.ts';
import { calculation } from '../sections/fi/calculation.ts';
import { calculator } from '../sections/fi/calculator.ts';
import { citizen } from '../sections/fi/citizen.ts';
import { citizenCorrespondence } from '../sections/fi/citizenCorrespondence.ts';
import { citizenDecisions } from '../sections/fi/citizenDecisions.ts';
import { citizenDuplicates } from '../sections/fi/citizenDuplicates.ts';
import { common } from '../sections/fi/common.ts';
import { correspondence } from '../sections/fi/correspondence.ts';
import { dataRights } from '../sections/fi/dataRights.ts';
import { decisions } from '../sections/fi/decisions.ts';
import { devLogin } from '../sections/fi/devLogin.ts';
import { errors } from '../sections/fi/errors.ts';
import { signIn } from '../sections/fi/signIn.ts';
import { upload } from '../sections/fi/upload.ts';
import { validation } from '../sections/fi/validation.ts';
import type { AppDictionary, AppTexts } from '../web.ts';

const finnish = {
  common,
  signIn,
  errors,
  devLogin,
  citizen,
  account,
  application,
  validation,
  upload,
  correspondence,
  citizenCorrespondence,
  decisions,
  citizenDecisions,
  citizenDuplicates,
  calculation,
  calculator,
  dataRights,
} satisfies AppDictionary;

/** The data-protection notice's texts come with its page (lazyPage in AppRoutes.tsx). */
const lazy: AppTexts['lazy'] = {
  dataProtection: {
    fi: () => import('../sections/fi/dataProtection.ts').then((module) => module.dataProtection),
    sv: () => import('../sections/sv/dataProtection.ts').then((module) => module.dataProtection),
    en: () => import('../sections/en/dataProtection.ts').then((module) => module.dataProtection),
  },
};

export const citizenTexts: AppTexts = {
  sections: Object.keys(finnish) as AppTexts['sections'],
  finnish,
  lazy,
  load: (language) =>
    language === 'sv'
      ? import('./citizen-sv.ts').then((module) => module.citizenSv)
      : import('./citizen-en.ts').then((module) => module.citizenEn),
};
