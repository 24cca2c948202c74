// Swedish texts of the `devLogin` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { devLogin as source } from '../fi/devLogin.ts';

export const devLogin: DeepStringShape<typeof source> = {
  pageTitle: 'Inloggning för utveckling',
  title: 'Inloggning för utveckling',
  intro:
    'Det här är utvecklingsmiljöns inloggningssida. Den ersätter den starka elektroniska identifiering som tjänsten använder i produktion. Använd inte riktiga personuppgifter.',
  citizenInstructions: 'Välj en demoperson eller skriv in vilken giltig personbeteckning som helst.',
  demoCitizensHeading: 'Demopersoner',
  noDemoCitizens: 'Det finns inga demopersoner.',
  household: {
    single: 'Bor ensam',
    couple_with_children: 'Par med barn',
    single_parent: 'Ensamförsörjare',
    young_adult_with_parents: 'Ung vuxen som bor hos sina föräldrar',
  },
  personalIdentityCodeHeading: 'Logga in med personbeteckning',
  personalIdentityCodeLabel: 'Personbeteckning',
  personalIdentityCodeHelp:
    'Om det inte ännu finns någon person med personbeteckningen skapas en. Exempel: 131052-308T',
  submit: 'Logga in med personbeteckningen',
  staffInstructions: 'Välj en testanvändare. Varje användare har en roll.',
  staffUsersHeading: 'Testanvändare per roll',
  noStaffUsers: 'Det finns inga testanvändare.',
  errorSummaryHeading: 'Inloggningen misslyckades',
  personalIdentityCodeRequired: 'Skriv in personbeteckningen.',
  notAvailableTitle: 'Inloggning för utveckling används inte',
  notAvailable: 'I den här miljön loggar man in med stark identifiering.',
};
