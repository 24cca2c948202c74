// Finnish texts of the calculation section (the source; Swedish and English are typed against it): the lines of a
// social assistance calculation as the rules engine labels them (`calculation.lines.<label>`), the table's headings
// and totals, and the API's messages about a calculation input. Formal wording: the decision letter uses these too.
// Placeholders are the line's params formatted: {share} and {percent} and {rate} as numbers of per cent, {age},
// {ordinal} and {householdSize} as numbers, the rest as sums of money.

import { application } from './application.ts';

export const calculation = {
  heading: 'Toimeentulotukilaskelma',
  caption: 'Toimeentulotukilaskelma kuukaudelle {month}',
  columns: {
    line: 'Erä',
    member: 'Henkilö',
    legalReference: 'Säännös',
    amount: 'Määrä',
  },
  sections: {
    expenses: 'Menot',
    resources: 'Tulot ja varat',
  },
  lines: {
    basicAmount: {
      single: 'Perusosa, yksin asuva ({share} % perusosan täydestä määrästä {singlePerson})',
      singleParent: 'Perusosa, yksinhuoltaja ({share} % perusosan täydestä määrästä {singlePerson})',
      otherAdult: 'Perusosa, muu 18 vuotta täyttänyt ({share} % perusosan täydestä määrästä {singlePerson})',
      adultLivingWithParents:
        'Perusosa, vanhempansa luona asuva 18 vuotta täyttänyt ({share} % perusosan täydestä määrästä {singlePerson})',
      child10To17:
        'Perusosa, 10–17-vuotias lapsi, {ordinal}. lapsi ({share} % perusosan täydestä määrästä {singlePerson})',
      childUnder10:
        'Perusosa, alle 10-vuotias lapsi, {ordinal}. lapsi ({share} % perusosan täydestä määrästä {singlePerson})',
    },
    reduction: {
      basicAmount: 'Perusosan alentaminen {percent} % (perusosa {basicAmount}, alennettu perusosa {reduced})',
    },
    housing: {
      costs: 'Asumismenot, {householdSize} henkilön talous',
      cappedByNorm:
        'Asumismenot kohtuullisen enimmäismäärän mukaan (ilmoitetut menot {claimed}, enimmäismäärä {cap})',
      aboveNormInGrace:
        'Asumismenot, kohtuullisen enimmäismäärän {cap} ylittävä osa hyväksytty siirtymäajan ajan',
      agreedCosts:
        'Asumismenot, perheen osuus {claimed} vuokrasopimuksen mukaan (asunnon menot {totalCosts}, {residents} asukasta)',
      agreedCappedByNorm:
        'Asumismenot, perheen vuokrasopimuksen mukainen osuus kohtuullisen enimmäismäärän mukaan (perheen osuus menoista {claimed}, asunnon menot {totalCosts}, {residents} asukasta, perheen osuus enimmäismäärästä {cap})',
      agreedAboveNormInGrace:
        'Asumismenot, perheen osuus {claimed} vuokrasopimuksen mukaan (asunnon menot {totalCosts}, {residents} asukasta); perheen osuuden kohtuullisesta enimmäismäärästä {cap} ylittävä osa hyväksytty siirtymäajan ajan',
      sharedCosts:
        'Asumismenot, perheen osuus {claimed}: asunnon menot {totalCosts} jaettuna {residents} asukkaan kesken, perheessä {familySize} henkilöä',
      sharedCappedByNorm:
        'Asumismenot, perheen osuus kohtuullisen enimmäismäärän mukaan (perheen osuus menoista {claimed}, asunnon menot {totalCosts}, {residents} asukasta, perheen osuus enimmäismäärästä {cap})',
      sharedAboveNormInGrace:
        'Asumismenot, perheen osuus {claimed} (asunnon menot {totalCosts}, {residents} asukasta); perheen osuuden kohtuullisesta enimmäismäärästä {cap} ylittävä osa hyväksytty siirtymäajan ajan',
    },
    expense: {
      health_care: 'Terveydenhuoltomenot',
      medicine: 'Lääkemenot',
      day_care: 'Varhaiskasvatus- ja iltapäivätoimintamaksut',
      moving: 'Välttämättömät muuttokustannukset',
      rent_deposit: 'Vuokravakuus',
      electricity: 'Taloussähkö',
      home_insurance: 'Kotivakuutus',
      sauna: 'Saunamaksu',
      other: 'Muut perusmenot',
    },
    // The form's names of income types, but for the ones the calculation names by their formal titles.
    income: {
      ...application.options.incomeType,
      wage: 'Palkkatulot',
      entrepreneur: 'Yrittäjätulot',
      other: 'Muut tulot',
    },
    earnedIncomeDeduction:
      'Ansiotulojen etuoikeutettu osuus ({rate} % ansiotuloista {earned}, enintään {max})',
    assets: 'Käytettävissä olevat varat',
  },
  totals: {
    expenses: 'Menot yhteensä',
    resources: 'Tulot ja varat yhteensä',
    amount: 'Toimeentulotuki kuukaudessa',
    noAssistance: 'Tulot ja varat riittävät menoihin: toimeentulotukea ei myönnetä laskelman perusteella.',
  },
  parametersVersion: 'Laskentaperusteet: {version}',
  problems: {
    invalid: 'Laskelman tiedoissa on korjattavaa.',
    noParameters: 'Kuukaudelle {month} ei ole laskentaperusteita. Laskettavissa ovat kuukaudet {covered}.',
    missingNorm:
      'Kunnalle {municipality} ei ole asumismenojen kohtuullista enimmäismäärää kuukaudelle {month}, joten siirtymäajan päättymistä ei voi ottaa huomioon.',
    rateLimited: 'Liian monta arviota lyhyessä ajassa. Yritä uudelleen {seconds} sekunnin kuluttua.',
  },
  errors: {
    required: 'Tämä tieto puuttuu.',
    invalidType: 'Tieto on väärää muotoa.',
    tooSmall: 'Arvo on liian pieni.',
    tooLarge: 'Arvo on liian suuri.',
    notWhole: 'Anna summa senttien tarkkuudella.',
    invalidMonth: 'Kuukausi ei ole kelvollinen, esimerkiksi 2026-03.',
    invalidDate: 'Päivämäärä ei ole kelvollinen.',
    invalidMunicipality: 'Kuntanumerossa on kolme numeroa.',
    invalidValue: 'Arvo ei ole sallittu.',
    unknownField: 'Tuntematon tieto.',
    tooMany: 'Rivejä on liian monta.',
    oneApplicant: 'Taloudessa on oltava täsmälleen yksi hakija.',
    oneSpouse: 'Taloudessa voi olla vain yksi puoliso.',
    duplicateMember: 'Henkilö on laskelmassa kahdesti.',
    birthDateOutOfRange: 'Syntymäajan pitää olla 1.1.1900 tai myöhemmin eikä tulevaisuudessa.',
    monthOutOfRange: 'Kuukauden pitää olla tammikuu 2012 tai myöhemmin ja enintään ensi vuoden joulukuu.',
    bornAfterMonth: 'Henkilö on syntynyt laskelman kuukauden jälkeen.',
    unknownMember: 'Tulo on henkilön, joka ei kuulu talouteen.',
    reductionNotInForce: 'Tämän suuruinen perusosan alentaminen ei ole voimassa kuukautena {month}.',
    expenseNotInForce:
      'Tämän menolajin säännös puuttuu kuukauden {month} laskentaperusteista, joten menoa ei voi hyväksyä.',
    unknownMunicipality:
      'Kuntanumeroa {municipality} ei ole asumismenojen kohtuullisten enimmäismäärien taulukossa kuukaudelle {month}. Tarkista kuntanumero.',
    reductionOutsideFamily:
      'Perusosaa voi alentaa vain perheeseen kuuluvalta (hakija, puoliso tai alaikäinen lapsi); muut asukkaat eivät kuulu laskelmaan.',
    livesWithParentsApplicantOnly: 'Vanhempiensa luona asuvaksi voi merkitä vain hakijan.',
    familyShareAboveCosts: 'Perheen osuus asumismenoista ei voi olla suurempi kuin asunnon asumismenot.',
    invalid: 'Arvo ei kelpaa.',
  },
} as const;
