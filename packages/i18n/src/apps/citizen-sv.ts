// The citizen app's texts in Swedish (a chunk of its own, loaded when chosen).
import { account } from '../sections/sv/account.ts';
import { application } from '../sections/sv/application.ts';
import { calculation } from '../sections/sv/calculation.ts';
import { calculator } from '../sections/sv/calculator.ts';
import { citizen } from '../sections/sv/citizen.ts';
import { citizenCorrespondence } from '../sections/sv/citizenCorrespondence.ts';
import { citizenDecisions } from '../sections/sv/citizenDecisions.ts';
import { citizenDuplicates } from '../sections/sv/citizenDuplicates.ts';
import { common } from '../sections/sv/common.ts';
import { correspondence } from '../sections/sv/correspondence.ts';
import { dataRights } from '../sections/sv/dataRights.ts';
import { decisions } from '../sections/sv/decisions.ts';
import { devLogin } from '../sections/sv/devLogin.ts';
import { errors } from '../sections/sv/errors.ts';
import { signIn } from '../sections/sv/signIn.ts';
import { upload } from '../sections/sv/upload.ts';
import { validation } from '../sections/sv/validation.ts';
import type { AppDictionary } from '../web.ts';

export const citizenSv = {
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
