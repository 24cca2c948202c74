// Swedish texts of decisions, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { decisions as source } from '../fi/decisions.ts';

export const decisions: DeepStringShape<typeof source> = {
  outcome: {
    approved: 'Positivt',
    partially_approved: 'Delvis positivt',
    rejected: 'Negativt',
  },
  reasonTemplates: {
    calculatedNeed:
      'Utkomststödet har beräknats utifrån din ansökan och dess bilagor. I beräkningen har grunddelen, godkända boendeutgifter och andra grundläggande utgifter samt tillgängliga inkomster och tillgångar beaktats.',
    incomeExceedsNeeds:
      'Dina tillgängliga inkomster och tillgångar är större än de utgifter som beaktas i utkomststödet. Du har därför inte rätt till utkomststöd för den månad du ansökt för.',
    housingCostsAboveNorm:
      'Av boendeutgifterna har det belopp som kommunen anser skäligt godkänts. Boendeutgifter som överstiger det skäliga beloppet beaktas inte, eftersom övergångstiden för att flytta till en skäligare bostad har gått ut.',
    expenseNotNecessary:
      'Alla utgifter du ansökt om har inte godkänts, eftersom de inte har ansetts vara nödvändiga grundutgifter i utkomststödet.',
    assetsAvailable:
      'Dina tillgängliga tillgångar har beaktats, eftersom de kan användas till försörjning före utkomststöd.',
    informationNotProvided:
      'Den begärda tilläggsutredningen har inte lämnats in inom utsatt tid, och därför har din rätt till utkomststöd inte kunnat utredas.',
  },
};
