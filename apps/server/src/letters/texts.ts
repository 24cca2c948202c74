// The fixed wording of the decision letter in Finnish, Swedish and English. The template
// (templates/decision-letter.typ) contains no wording of its own: it prints what it is given.
// Finnish is the source; Swedish and English are typed against the same interface, so a missing text is a type
// error. Terms follow the glossary of the domain document (§4).

import type { Language } from '@tuki/domain';
import type { AssistanceKind, DecisionOutcome, LetterParty } from './types.ts';

export interface AppealTexts {
  heading: string;
  intro: string[];
  /** Label before the authority's name. */
  authority: string;
  /** Label before the postal address. */
  address: string;
  visitingAddress: string;
  email: string;
  openingHours: string;
  timeHeading: string;
  time: string[];
  howHeading: string;
  how: string[];
  contentsHeading: string;
  contentsIntro: string;
  contentsItems: string[];
  contentsAfter: string[];
  furtherHeading: string;
  further: string[];
  legalBasis: string;
}

export interface LetterTexts {
  /** In the header, in capitals: 'PÄÄTÖS'. */
  documentType: string;
  /** The main heading and the PDF title. */
  title: string;
  date: string;
  referenceNumber: string;
  decisionId: string;
  applicant: string;
  /** Label of the kind of assistance, and the kinds. */
  kind: string;
  kinds: Record<AssistanceKind, string>;
  month: string;
  outcome: string;
  outcomes: Record<DecisionOutcome, string>;
  outcomeSentences: Record<DecisionOutcome, string>;
  amount: string;
  /** Label of the day the letter was sent, and of the last day to ask for rectification. */
  sentOn: string;
  rectificationDeadline: string;
  partiesHeading: string;
  partiesIntro: string;
  roles: Record<LetterParty['role'], string>;
  /** After a party's name: '{date}' is the date of birth. */
  born: string;
  birthUnknown: string;
  /**
   * The one notification rule of the channel, with the dates: {sent}, {notified}, {deadline}. `paperPending` is for
   * a paper letter not yet mailed (its mailed copy carries the dates).
   */
  dispatch: { electronic: string; paper: string; paperPending: string };
  /** Under the calculation table: what its references cite. */
  tableNote: string;
  dataProtectionHeading: string;
  /** {url}: the notice; {officer}: the data protection officer's contact. */
  dataProtection: string;
  decisionHeading: string;
  calculationHeading: string;
  calculationIntro: string;
  columnItem: string;
  columnLegalReference: string;
  columnAmount: string;
  sectionExpenses: string;
  sectionIncome: string;
  totalExpenses: string;
  totalIncome: string;
  calculatedAmount: string;
  reasonsHeading: string;
  legalProvisionsHeading: string;
  paymentHeading: string;
  paymentDate: string;
  paymentAccount: string;
  paymentAccountNote: string;
  decisionMakerHeading: string;
  electronicApproval: string;
  contactHeading: string;
  contactIntro: string;
  phone: string;
  email: string;
  web: string;
  appeal: AppealTexts;
}

const fi: LetterTexts = {
  documentType: 'PÄÄTÖS',
  title: 'Päätös toimeentulotuesta',
  date: 'Päivämäärä',
  referenceNumber: 'Diaarinumero',
  decisionId: 'Päätöksen tunnus',
  applicant: 'Hakija',
  kind: 'Tukimuoto',
  kinds: {
    basic: 'Perustoimeentulotuki',
    supplementary: 'Täydentävä toimeentulotuki',
    preventive: 'Ehkäisevä toimeentulotuki',
  },
  month: 'Tukikuukausi',
  outcome: 'Ratkaisu',
  outcomes: { approved: 'Myönteinen', partially_approved: 'Osittain myönteinen', rejected: 'Kielteinen' },
  outcomeSentences: {
    approved: 'Hakemuksesi on hyväksytty. Sinulle myönnetään toimeentulotukea seuraavasti.',
    partially_approved:
      'Hakemuksesi on hyväksytty osittain. Sinulle myönnetään toimeentulotukea seuraavasti; perustelut ovat alla.',
    rejected: 'Hakemuksesi on hylätty. Perustelut ovat alla.',
  },
  amount: 'Myönnetty toimeentulotuki',
  sentOn: 'Lähetetty',
  rectificationDeadline: 'Oikaisuvaatimus viimeistään',
  partiesHeading: 'Asianosaiset',
  partiesIntro: 'Päätös koskee hakijaa ja hänen perhettään:',
  roles: { applicant: 'hakija', spouse: 'puoliso', child: 'lapsi' },
  born: 'syntynyt {date}',
  birthUnknown: 'syntymäaika ei tiedossa',
  dispatch: {
    electronic:
      'Päätös on lähetetty sähköisesti e-asiointitilillesi {sent}. Sen katsotaan tulleen tiedoksesi kolmantena päivänä lähettämisestä eli {notified} (laki sähköisestä asioinnista viranomaistoiminnassa 19 §). Oikaisuvaatimus on siksi tehtävä viimeistään {deadline}.',
    paper:
      'Päätös on lähetetty kirjeenä {sent}. Sen katsotaan tulleen tiedoksesi seitsemäntenä päivänä lähettämisestä eli {notified}, jollei muuta näytetä (hallintolaki 59 §). Oikaisuvaatimus on siksi tehtävä viimeistään {deadline}.',
    paperPending:
      'Päätös postitetaan sinulle kirjeenä. Postitettavassa kirjeessä on sen lähetyspäivä, tiedoksisaantipäivä ja oikaisuvaatimuksen viimeinen päivä. Kirjeen katsotaan tulleen tiedoksesi seitsemäntenä päivänä lähettämisestä, jollei muuta näytetä (hallintolaki 59 §).',
  },
  tableNote: 'TTL = laki toimeentulotuesta (1412/1997).',
  dataProtectionHeading: 'Henkilötietojen käsittely',
  dataProtection:
    'Käsittelemme henkilötietojasi ja perheenjäsentesi tietoja toimeentulotukiasian hoitamiseksi. Tietosuojaselosteessa kerrotaan, mitä tietoja käsittelemme, miksi ja kuinka kauan, ja mitä oikeuksia sinulla on: {url}. Tietosuojavastaava: {officer}.',
  decisionHeading: 'Päätös',
  calculationHeading: 'Laskelma',
  calculationIntro: 'Toimeentulotuki on laskettu seuraavasti (euroa kuukaudessa).',
  columnItem: 'Erä',
  columnLegalReference: 'Lainkohta',
  columnAmount: 'Määrä',
  sectionExpenses: 'Hyväksytyt menot',
  sectionIncome: 'Huomioon otetut tulot ja varat',
  totalExpenses: 'Menot yhteensä',
  totalIncome: 'Tulot ja varat yhteensä',
  calculatedAmount: 'Toimeentulotuki (menot – tulot ja varat, vähintään 0)',
  reasonsHeading: 'Perustelut',
  legalProvisionsHeading: 'Sovelletut oikeusohjeet',
  paymentHeading: 'Maksaminen',
  paymentDate: 'Maksupäivä',
  paymentAccount: 'Tili',
  paymentAccountNote: 'Tilinumerosta näytetään tietoturvan vuoksi vain alku ja loppu.',
  decisionMakerHeading: 'Päätöksen tekijä',
  electronicApproval:
    'Päätös on hyväksytty sähköisesti, eikä siinä siksi ole käsin kirjoitettua allekirjoitusta.',
  contactHeading: 'Lisätietoja',
  contactIntro: 'Lisätietoja päätöksestä antaa',
  phone: 'Puhelin',
  email: 'Sähköposti',
  web: 'Verkkosivut',
  appeal: {
    heading: 'Oikaisuvaatimusohje',
    intro: [
      'Tähän päätökseen tyytymätön voi hakea siihen oikaisua tekemällä kirjallisen oikaisuvaatimuksen. Päätökseen ei saa hakea muutosta valittamalla suoraan hallinto-oikeuteen.',
      'Oikaisuvaatimuksen saa tehdä se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa.',
    ],
    authority: 'Oikaisuvaatimuksen käsittelee',
    address: 'Oikaisuvaatimus toimitetaan osoitteeseen',
    visitingAddress: 'Käyntiosoite',
    email: 'Sähköposti',
    openingHours: 'Aukioloaika',
    timeHeading: 'Määräaika',
    time: [
      'Oikaisuvaatimus on tehtävä 30 päivän kuluessa päätöksen tiedoksisaannista. Tiedoksisaantipäivää ei lueta määräaikaan. Jos määräajan viimeinen päivä on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai juhannusaatto tai arkilauantai, oikaisuvaatimuksen saa tehdä ensimmäisenä arkipäivänä sen jälkeen.',
    ],
    howHeading: 'Oikaisuvaatimuksen tekeminen',
    how: [
      'Oikaisuvaatimus tehdään kirjallisesti. Sen voi lähettää postitse tai sähköpostitse tai jättää kirjaamoon. Oikaisuvaatimuksen on oltava perillä viimeistään määräajan viimeisenä päivänä ennen kirjaamon aukioloajan päättymistä. Oikaisuvaatimus lähetetään lähettäjän omalla vastuulla.',
    ],
    contentsHeading: 'Oikaisuvaatimuksen sisältö',
    contentsIntro: 'Oikaisuvaatimuksessa on ilmoitettava',
    contentsItems: [
      'päätös, johon oikaisua vaaditaan (esimerkiksi päätöksen päivämäärä ja diaarinumero)',
      'millaista oikaisua vaaditaan',
      'millä perusteilla oikaisua vaaditaan',
      'oikaisuvaatimuksen tekijän nimi ja yhteystiedot: postiosoite, puhelinnumero ja sähköpostiosoite.',
    ],
    contentsAfter: [
      'Jos oikaisuvaatimuksen tekijän puhevaltaa käyttää hänen laillinen edustajansa tai asiamiehensä tai jos oikaisuvaatimuksen laatijana on joku muu henkilö, oikaisuvaatimuksessa on ilmoitettava myös tämän henkilön nimi ja kotikunta.',
      'Paperilla tehty oikaisuvaatimus on allekirjoitettava. Oikaisuvaatimukseen liitetään asiakirjat, joihin vaatimuksen tekijä vetoaa, jos niitä ei ole aiemmin toimitettu.',
    ],
    furtherHeading: 'Muutoksenhaku oikaisuvaatimukseen annettuun päätökseen',
    further: [
      'Oikaisuvaatimukseen annettuun päätökseen voi hakea muutosta valittamalla hallinto-oikeuteen. Valitusosoitus annetaan oikaisuvaatimukseen annettavan päätöksen yhteydessä.',
    ],
    legalBasis:
      'Laki toimeentulotuesta (1412/1997) 24 §, sosiaalihuoltolaki (1301/2014) 48 §, hallintolaki (434/2003) 7 a luku.',
  },
};

const sv: LetterTexts = {
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

const en: LetterTexts = {
  documentType: 'DECISION',
  title: 'Decision on social assistance',
  date: 'Date',
  referenceNumber: 'Reference number',
  decisionId: 'Decision ID',
  applicant: 'Applicant',
  kind: 'Kind of assistance',
  kinds: {
    basic: 'Basic social assistance',
    supplementary: 'Supplementary social assistance',
    preventive: 'Preventive social assistance',
  },
  month: 'Month of assistance',
  outcome: 'Outcome',
  outcomes: { approved: 'Approved', partially_approved: 'Partially approved', rejected: 'Rejected' },
  outcomeSentences: {
    approved: 'Your application has been approved. You are granted social assistance as follows.',
    partially_approved:
      'Your application has been partially approved. You are granted social assistance as follows; the reasons are given below.',
    rejected: 'Your application has been rejected. The reasons are given below.',
  },
  amount: 'Social assistance granted',
  sentOn: 'Sent',
  rectificationDeadline: 'Request rectification by',
  partiesHeading: 'Parties',
  partiesIntro: 'This decision concerns the applicant and their family:',
  roles: { applicant: 'applicant', spouse: 'spouse', child: 'child' },
  born: 'born {date}',
  birthUnknown: 'date of birth not known',
  dispatch: {
    electronic:
      'This decision was sent electronically to your e-services account on {sent}. You are considered to have been notified of it on the third day after it was sent, that is on {notified} (Act on Electronic Services in Public Administration, section 19). A request for rectification must therefore be made by {deadline}.',
    paper:
      'This decision was sent by post on {sent}. You are considered to have been notified of it on the seventh day after it was sent, that is on {notified}, unless shown otherwise (Administrative Procedure Act, section 59). A request for rectification must therefore be made by {deadline}.',
    paperPending:
      'This decision will be sent to you by post. The letter mailed to you states the day it was sent, the day of notification and the last day to request rectification. You are considered to have been notified of it on the seventh day after it was sent, unless shown otherwise (Administrative Procedure Act, section 59).',
  },
  tableNote:
    'The provisions in the table (s. = section) are those of the Act on Social Assistance (1412/1997).',
  dataProtectionHeading: 'Processing of personal data',
  dataProtection:
    'We process your and your family members’ personal data to handle your social assistance matter. The privacy notice tells what data we process, why and for how long, and what rights you have: {url}. Data protection officer: {officer}.',
  decisionHeading: 'Decision',
  calculationHeading: 'Calculation',
  calculationIntro: 'Your social assistance has been calculated as follows (euros per month).',
  columnItem: 'Item',
  columnLegalReference: 'Provision',
  columnAmount: 'Amount',
  sectionExpenses: 'Accepted expenses',
  sectionIncome: 'Income and assets taken into account',
  totalExpenses: 'Total expenses',
  totalIncome: 'Total income and assets',
  calculatedAmount: 'Social assistance (expenses – income and assets, at least 0)',
  reasonsHeading: 'Reasons',
  legalProvisionsHeading: 'Legal provisions applied',
  paymentHeading: 'Payment',
  paymentDate: 'Payment date',
  paymentAccount: 'Account',
  paymentAccountNote: 'For data security, only the beginning and the end of the account number are shown.',
  decisionMakerHeading: 'Decision-maker',
  electronicApproval:
    'This decision has been approved electronically and therefore has no handwritten signature.',
  contactHeading: 'Further information',
  contactIntro: 'Further information on this decision is given by',
  phone: 'Telephone',
  email: 'E-mail',
  web: 'Website',
  appeal: {
    heading: 'Instructions for requesting rectification',
    intro: [
      'If you are not satisfied with this decision, you may request its rectification in writing. You may not appeal against this decision directly to the administrative court.',
      'A request for rectification may be made by the person to whom the decision is addressed or whose right, obligation or benefit the decision directly affects.',
    ],
    authority: 'The request is decided by',
    address: 'Send the request to',
    visitingAddress: 'Visiting address',
    email: 'E-mail',
    openingHours: 'Opening hours',
    timeHeading: 'Time limit',
    time: [
      'The request for rectification must be made within 30 days of notification of the decision. The day of notification is not counted. If the last day of the time limit is a public holiday, Independence Day, May Day, Christmas Eve, Midsummer Eve or a Saturday, the request may be made on the first working day after it.',
    ],
    howHeading: 'How to make the request',
    how: [
      'The request for rectification must be made in writing. You can send it by post or e-mail or deliver it to the registry office. It must arrive by the last day of the time limit, before the registry office closes. You send the request at your own risk.',
    ],
    contentsHeading: 'What the request must contain',
    contentsIntro: 'The request for rectification must state',
    contentsItems: [
      'the decision you want rectified (for example the date and reference number of the decision)',
      'what rectification you request',
      'the grounds on which you request it',
      'your name and contact details: postal address, telephone number and e-mail address.',
    ],
    contentsAfter: [
      'If the request is made by your legal representative or agent, or if someone else has drawn it up, the request must also state that person’s name and municipality of residence.',
      'A request made on paper must be signed. Attach the documents you refer to, unless you have already submitted them.',
    ],
    furtherHeading: 'Appeal against the decision on the request',
    further: [
      'The decision given on the request for rectification may be appealed against to the administrative court. Instructions for appeal are given with that decision.',
    ],
    legalBasis:
      'Social Assistance Act (1412/1997), section 24; Social Welfare Act (1301/2014), section 48; Administrative Procedure Act (434/2003), chapter 7 a.',
  },
};

export const letterTexts: Readonly<Record<Language, LetterTexts>> = { fi, sv, en };
