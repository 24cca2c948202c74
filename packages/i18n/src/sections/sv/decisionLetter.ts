// Swedish texts of the `decisionLetter` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { decisionLetter as source } from '../fi/decisionLetter.ts';

export const decisionLetter: DeepStringShape<typeof source> = {
  documentType: 'BESLUT',
  title: 'Beslut om utkomststöd',
  date: 'Datum',
  referenceNumber: 'Diarienummer',
  decisionId: 'Beslutets kod',
  applicant: 'Sökande',
  kind: 'Typ av stöd',
  kinds: {
    basic: 'Grundläggande utkomststöd',
    supplementary: 'Kompletterande utkomststöd',
    preventive: 'Förebyggande utkomststöd',
  },
  month: 'Stödmånad',
  outcome: 'Avgörande',
  outcomes: { approved: 'Positivt', partially_approved: 'Delvis positivt', rejected: 'Negativt' },
  outcomeSentences: {
    approved: 'Din ansökan har godkänts. Du beviljas utkomststöd enligt följande.',
    partially_approved:
      'Din ansökan har godkänts delvis. Du beviljas utkomststöd enligt följande; motiveringen finns nedan.',
    rejected: 'Din ansökan har avslagits. Motiveringen finns nedan.',
  },
  amount: 'Beviljat utkomststöd',
  sentOn: 'Avsänt',
  rectificationDeadline: 'Begäran om omprövning senast',
  partiesHeading: 'Parter',
  partiesIntro: 'Beslutet gäller sökanden och hans eller hennes familj:',
  roles: { applicant: 'sökande', spouse: 'make eller maka', child: 'barn' },
  born: 'född {date}',
  birthUnknown: 'födelsedatum okänt',
  dispatch: {
    electronic:
      'Beslutet har sänts elektroniskt till ditt e-tjänstkonto den {sent}. Det anses ha delgetts dig den tredje dagen efter att det sändes, alltså den {notified} (lagen om elektronisk kommunikation i myndigheternas verksamhet 19 §). Begäran om omprövning ska därför framställas senast den {deadline}.',
    paper:
      'Beslutet har sänts per brev den {sent}. Det anses ha delgetts dig den sjunde dagen efter att det sändes, alltså den {notified}, om inte något annat visas (förvaltningslagen 59 §). Begäran om omprövning ska därför framställas senast den {deadline}.',
    paperPending:
      'Beslutet sänds till dig per brev. I det brev som postas anges dagen då det sändes, delfåendedagen och den sista dagen för begäran om omprövning. Brevet anses ha delgetts dig den sjunde dagen efter att det sändes, om inte något annat visas (förvaltningslagen 59 §).',
  },
  tableNote: 'Lagrummen i tabellen är paragrafer i lagen om utkomststöd (1412/1997).',
  dataProtectionHeading: 'Behandling av personuppgifter',
  dataProtection:
    'Vi behandlar dina och dina familjemedlemmars personuppgifter för att sköta ärendet om utkomststöd. I dataskyddsbeskrivningen berättar vi vilka uppgifter vi behandlar, varför och hur länge, och vilka rättigheter du har: {url}. Dataskyddsombud: {officer}.',
  decisionHeading: 'Beslut',
  calculationHeading: 'Beräkning',
  calculationIntro: 'Utkomststödet har beräknats enligt följande (euro per månad).',
  columnItem: 'Post',
  columnLegalReference: 'Lagrum',
  columnAmount: 'Belopp',
  sectionExpenses: 'Godkända utgifter',
  sectionIncome: 'Beaktade inkomster och tillgångar',
  totalExpenses: 'Utgifter sammanlagt',
  totalIncome: 'Inkomster och tillgångar sammanlagt',
  calculatedAmount: 'Utkomststöd (utgifter – inkomster och tillgångar, minst 0)',
  reasonsHeading: 'Motivering',
  legalProvisionsHeading: 'Tillämpade rättsregler',
  paymentHeading: 'Utbetalning',
  paymentDate: 'Betalningsdag',
  paymentAccount: 'Konto',
  paymentAccountNote: 'Av datasäkerhetsskäl visas endast början och slutet av kontonumret.',
  rentToLandlord: 'Hyran betalas direkt till hyresvärden',
  landlord: 'Hyresvärd',
  landlordAccount: 'Hyresvärdens konto',
  landlordAmount: 'Till hyresvärden betalas',
  clientAccount: 'Ditt konto',
  clientAmount: 'Till dig betalas',
  rentToLandlordNote:
    'Av det stöd som beviljas i beslutet betalas hyresandelen direkt till din hyresvärd. Du behöver inte själv betala den delen av hyran.',
  commitmentsHeading: 'Betalningsförbindelser',
  commitmentsIntro:
    'Du har beviljats följande betalningsförbindelser. En betalningsförbindelse ges till betalningsmottagaren, som fakturerar staden direkt. Den kan inte växlas till pengar eller överlåtas till någon annan.',
  commitmentItem: '{number}: {covers}, betalningsmottagare {payee}, högst {amount}, giltig {from}–{to}',
  decisionMakerHeading: 'Beslutsfattare',
  electronicApproval: 'Beslutet har godkänts elektroniskt och har därför ingen handskriven underskrift.',
  contactHeading: 'Mer information',
  contactIntro: 'Mer information om beslutet ger',
  phone: 'Telefon',
  email: 'E-post',
  web: 'Webbplats',
  appeal: {
    heading: 'Anvisning om begäran om omprövning',
    intro: [
      'Den som är missnöjd med detta beslut kan begära omprövning av det genom en skriftlig begäran om omprövning. Ändring i beslutet får inte sökas genom besvär direkt hos förvaltningsdomstolen.',
      'Begäran om omprövning får framställas av den som beslutet avser eller vars rätt, skyldighet eller fördel direkt påverkas av beslutet.',
    ],
    authority: 'Begäran om omprövning behandlas av',
    address: 'Begäran om omprövning lämnas till',
    visitingAddress: 'Besöksadress',
    email: 'E-post',
    openingHours: 'Öppettider',
    timeHeading: 'Tidsfrist',
    time: [
      'Begäran om omprövning ska framställas inom 30 dagar från delfåendet av beslutet. Delfåendedagen räknas inte in i tidsfristen. Om den sista dagen av tidsfristen är en helgdag, självständighetsdagen, första maj, julafton, midsommarafton eller en helgfri lördag, får begäran framställas den första vardagen därefter.',
    ],
    howHeading: 'Hur begäran framställs',
    how: [
      'Begäran om omprövning ska vara skriftlig. Den kan sändas per post eller e-post eller lämnas till registratorskontoret. Begäran ska ha kommit fram senast den sista dagen av tidsfristen innan registratorskontoret stänger. Begäran sänds på avsändarens eget ansvar.',
    ],
    contentsHeading: 'Innehållet i begäran om omprövning',
    contentsIntro: 'I begäran om omprövning ska anges',
    contentsItems: [
      'det beslut som omprövningen gäller (till exempel beslutets datum och diarienummer)',
      'hurdan omprövning som begärs',
      'på vilka grunder omprövning begärs',
      'namn och kontaktuppgifter för den som begär omprövning: postadress, telefonnummer och e-postadress.',
    ],
    contentsAfter: [
      'Om talan förs av den som begär omprövnings lagliga företrädare eller ombud, eller om någon annan har upprättat begäran, ska också denna persons namn och hemkommun anges.',
      'En begäran som görs på papper ska undertecknas. Till begäran bifogas de handlingar som den som begär omprövning åberopar, om de inte redan tidigare har lämnats in.',
    ],
    furtherHeading: 'Ändringssökande i beslutet om omprövning',
    further: [
      'Ändring i det beslut som meddelas med anledning av begäran om omprövning får sökas genom besvär hos förvaltningsdomstolen. Besvärsanvisning ges i samband med det beslutet.',
    ],
    legalBasis:
      'Lagen om utkomststöd (1412/1997) 24 §, socialvårdslagen (1301/2014) 48 §, förvaltningslagen (434/2003) 7 a kap.',
  },
};
