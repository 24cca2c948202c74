// Swedish texts of the calculation section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { calculation as source } from '../fi/calculation.ts';
import { application } from './application.ts';

export const calculation: DeepStringShape<typeof source> = {
  heading: 'Utkomststödskalkyl',
  caption: 'Utkomststödskalkyl för {month}',
  columns: {
    line: 'Post',
    member: 'Person',
    legalReference: 'Bestämmelse',
    amount: 'Belopp',
  },
  sections: {
    expenses: 'Utgifter',
    resources: 'Inkomster och tillgångar',
  },
  lines: {
    basicAmount: {
      single: 'Grunddel, ensamboende ({share} % av grunddelens fulla belopp {singlePerson})',
      singleParent: 'Grunddel, ensamförsörjare ({share} % av grunddelens fulla belopp {singlePerson})',
      otherAdult:
        'Grunddel, annan person som fyllt 18 år ({share} % av grunddelens fulla belopp {singlePerson})',
      adultLivingWithParents:
        'Grunddel, person som fyllt 18 år och bor hos sina föräldrar ({share} % av grunddelens fulla belopp {singlePerson})',
      child10To17:
        'Grunddel, barn 10–17 år, {ordinal}:a barnet ({share} % av grunddelens fulla belopp {singlePerson})',
      childUnder10:
        'Grunddel, barn under 10 år, {ordinal}:a barnet ({share} % av grunddelens fulla belopp {singlePerson})',
    },
    reduction: {
      basicAmount:
        'Nedsättning av grunddelen med {percent} % (grunddel {basicAmount}, nedsatt grunddel {reduced})',
    },
    housing: {
      costs: 'Boendeutgifter, hushållets storlek {householdSize}',
      cappedByNorm:
        'Boendeutgifter enligt skäligt maximibelopp (uppgivna utgifter {claimed}, maximibelopp {cap})',
      aboveNormInGrace:
        'Boendeutgifter, den del som överstiger det skäliga maximibeloppet {cap} godkänd under övergångstiden',
      agreedCosts:
        'Boendeutgifter, familjens andel {claimed} enligt hyresavtalet (bostadens utgifter {totalCosts}, {residents} boende)',
      agreedCappedByNorm:
        'Boendeutgifter, familjens andel enligt hyresavtalet upp till skäligt maximibelopp (familjens andel av utgifterna {claimed}, bostadens utgifter {totalCosts}, {residents} boende, familjens andel av maximibeloppet {cap})',
      agreedAboveNormInGrace:
        'Boendeutgifter, familjens andel {claimed} enligt hyresavtalet (bostadens utgifter {totalCosts}, {residents} boende); den del som överstiger familjens andel av det skäliga maximibeloppet {cap} godkänd under övergångstiden',
      sharedCosts:
        'Boendeutgifter, familjens andel {claimed}: bostadens utgifter {totalCosts} fördelade på {residents} boende, familjen {familySize} personer',
      sharedCappedByNorm:
        'Boendeutgifter, familjens andel enligt skäligt maximibelopp (familjens andel av utgifterna {claimed}, bostadens utgifter {totalCosts}, {residents} boende, familjens andel av maximibeloppet {cap})',
      sharedAboveNormInGrace:
        'Boendeutgifter, familjens andel {claimed} (bostadens utgifter {totalCosts}, {residents} boende); den del som överstiger familjens andel av det skäliga maximibeloppet {cap} godkänd under övergångstiden',
    },
    expense: {
      health_care: 'Hälso- och sjukvårdsutgifter',
      medicine: 'Läkemedelsutgifter',
      day_care: 'Avgifter för småbarnspedagogik och eftermiddagsverksamhet',
      moving: 'Nödvändiga flyttkostnader',
      rent_deposit: 'Hyresgaranti',
      electricity: 'Hushållsel',
      home_insurance: 'Hemförsäkring',
      sauna: 'Bastuavgift',
      other: 'Övriga grundutgifter',
    },
    // The form's names of income types, but for the ones the calculation names by their formal titles.
    income: {
      ...application.options.incomeType,
      wage: 'Löneinkomster',
      entrepreneur: 'Företagarinkomster',
      other: 'Övriga inkomster',
    },
    earnedIncomeDeduction:
      'Förvärvsinkomsternas förtursandel ({rate} % av förvärvsinkomsterna {earned}, högst {max})',
    assets: 'Tillgångar som står till förfogande',
  },
  totals: {
    expenses: 'Utgifter sammanlagt',
    resources: 'Inkomster och tillgångar sammanlagt',
    amount: 'Utkomststöd per månad',
    noAssistance:
      'Inkomsterna och tillgångarna räcker till utgifterna: enligt kalkylen beviljas inget utkomststöd.',
  },
  parametersVersion: 'Beräkningsgrunder: {version}',
  problems: {
    invalid: 'Uppgifterna i kalkylen behöver rättas.',
    noParameters: 'Det finns inga beräkningsgrunder för {month}. Kalkyler kan göras för månaderna {covered}.',
    missingNorm:
      'Det finns inget skäligt maximibelopp för boendeutgifter för kommunen {municipality} för {month}, så övergångstidens slut kan inte beaktas.',
    rateLimited: 'För många uppskattningar på kort tid. Försök igen om {seconds} sekunder.',
  },
  errors: {
    required: 'Uppgiften saknas.',
    invalidType: 'Uppgiften har fel format.',
    tooSmall: 'Värdet är för litet.',
    tooLarge: 'Värdet är för stort.',
    notWhole: 'Ange beloppet med centers noggrannhet.',
    invalidMonth: 'Månaden är inte giltig, till exempel 2026-03.',
    invalidDate: 'Datumet är inte giltigt.',
    invalidMunicipality: 'Kommunnumret har tre siffror.',
    invalidValue: 'Värdet är inte tillåtet.',
    unknownField: 'Okänd uppgift.',
    tooMany: 'För många rader.',
    oneApplicant: 'Hushållet ska ha exakt en sökande.',
    oneSpouse: 'Hushållet kan ha bara en make eller maka.',
    duplicateMember: 'Personen finns två gånger i kalkylen.',
    birthDateOutOfRange: 'Födelsedatumet ska vara 1.1.1900 eller senare och inte i framtiden.',
    monthOutOfRange: 'Månaden ska vara januari 2012 eller senare och högst december nästa år.',
    bornAfterMonth: 'Personen är född efter kalkylens månad.',
    unknownMember: 'Inkomsten hör till en person som inte hör till hushållet.',
    reductionNotInForce: 'En nedsättning av grunddelen av denna storlek gäller inte {month}.',
    expenseNotInForce:
      'Beräkningsgrunderna för {month} saknar en bestämmelse för denna utgiftstyp, så utgiften kan inte godkännas.',
    unknownMunicipality:
      'Kommunnumret {municipality} finns inte i tabellen över skäliga maximibelopp för boendeutgifter för {month}. Kontrollera kommunnumret.',
    reductionOutsideFamily:
      'Grunddelen kan sättas ned endast för en familjemedlem (sökanden, maken eller ett minderårigt barn); övriga boende ingår inte i beräkningen.',
    livesWithParentsApplicantOnly: 'Endast sökanden kan anges bo hos sina föräldrar.',
    familyShareAboveCosts:
      'Familjens andel av boendeutgifterna kan inte vara större än bostadens boendeutgifter.',
    invalid: 'Värdet godtas inte.',
  },
};
