// The citizen app's texts in English (a chunk of its own, loaded when chosen).
import { account } from '../sections/en/account.ts';
import { application } from '../sections/en/application.ts';
import { calculation } from '../sections/en/calculation.ts';
import { calculator } from '../sections/en/calculator.ts';
import { citizen } from '../sections/en/citizen.ts';
import { citizenCorrespondence } from '../sections/en/citizenCorrespondence.ts';
import { citizenDecisions } from '../sections/en/citizenDecisions.ts';
import { citizenDuplicates } from '../sections/en/citizenDuplicates.ts';
import { common } from '../sections/en/common.ts';
import { correspondence } from '../sections/en/correspondence.ts';
import { dataRights } from '../sections/en/dataRights.ts';
import { decisions } from '../sections/en/decisions.ts';
import { devLogin } from '../sections/en/devLogin.ts';
import { errors } from '../sections/en/errors.ts';
import { signIn } from '../sections/en/signIn.ts';
import { upload } from '../sections/en/upload.ts';
import { validation } from '../sections/en/validation.ts';
import type { AppDictionary } from '../web.ts';

export const citizenEn = {
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
