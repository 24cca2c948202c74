// Swedish texts of the `application` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { application as source } from '../fi/application.ts';

export const application: DeepStringShape<typeof source> = {
  documentTitle: '{step} – ansökan om utkomststöd',
  formTitle: 'Ansökan: {kind}',
  stepperLabel: 'Ansökans steg',
  stepCount: 'Steg {current}/{total}',
  optionalLabel: '{label} (valfri)',
  choose: 'Välj',
  listFull: 'Du kan lägga till högst {max} rader i listan.',
  kind: {
    basic: 'Grundläggande utkomststöd',
    supplementary: 'Kompletterande utkomststöd',
    preventive: 'Förebyggande utkomststöd',
    rectification: 'Begäran om omprövning',
  },
  kindDescription: {
    basic: 'För dagliga utgifter, till exempel mat, kläder, läkemedel och boende.',
    supplementary:
      'För särskilda utgifter som det grundläggande utkomststödet inte täcker, till exempel flyttkostnader eller hyresgaranti.',
    preventive:
      'För att stödja din förmåga att klara dig på egen hand och förebygga ekonomiska svårigheter, till exempel vid en plötslig förändring i livet.',
  },
  status: {
    draft: 'Påbörjad',
    submitted: 'Skickad',
    in_processing: 'Under behandling',
    waiting_for_information: 'Väntar på tilläggsutredning',
    decided: 'Beslut fattat',
    withdrawn: 'Återkallad',
    closed_as_duplicate: 'Sammanslagen med en annan ansökan',
  },
  steps: {
    applicant: 'Sökande',
    household: 'Familj',
    housing: 'Boende',
    incomes: 'Inkomster',
    assets: 'Tillgångar',
    expenses: 'Utgifter',
    payment: 'Konto och månad',
    urgency: 'Brådskande',
    additional: 'Tilläggsuppgifter',
    attachments: 'Bilagor',
    check: 'Granskning',
  },
  stepState: {
    done: 'klar',
    attention: 'behöver granskas',
  },
  stepTitles: {
    applicant: 'Uppgifter om sökanden',
    household: 'Familjen och andra som bor i samma hushåll',
    housing: 'Boende och boendeutgifter',
    incomes: 'Inkomster',
    assets: 'Tillgångar',
    expenses: 'Utgifter som du söker stöd för',
    payment: 'Månad och kontonummer',
    urgency: 'Brådskande behov',
    additional: 'Tilläggsuppgifter',
    attachments: 'Bilagor',
    check: 'Granska uppgifterna och skicka ansökan',
  },
  stepIntros: {
    applicant: 'Kontrollera dina kontaktuppgifter och berätta om din familjesituation.',
    household:
      'Berätta vem som bor i samma hushåll som du. Utkomststödet beräknas för hela familjen tillsammans.',
    housing: 'Berätta hur du bor och hur mycket boendet kostar per månad.',
    incomes:
      'Ange alla inkomster som du och dina familjemedlemmar får den månad som du söker stöd för. Om ni inte har några inkomster, fortsätt till nästa steg.',
    assets:
      'Ange familjens tillgångar, till exempel saldon på bankkonton, sparmedel och placeringar. Om ni inte har några tillgångar, fortsätt till nästa steg.',
    expenses:
      'Ange de utgifter som du söker stöd för utöver boendet och de dagliga utgifterna, till exempel läkemedel. Om du inte har sådana utgifter, fortsätt till nästa steg.',
    payment: 'Välj den månad som du söker stöd för och ange det kontonummer som stödet betalas till.',
    urgency: 'Berätta om du behöver stöd genast.',
    additional: 'Här kan du berätta annat som du vill att handläggaren ska veta.',
    attachments:
      'Bilagor gör handläggningen snabbare. Om en bilaga saknas ber handläggaren dig om den, och beslutet kan dröja.',
    check: 'Granska uppgifterna innan du skickar ansökan.',
  },
  actions: {
    continue: 'Fortsätt',
    previous: 'Föregående',
    continueLater: 'Fortsätt senare – ansökan finns sparad på ditt e-tjänstkonto',
    backToCheck: 'Spara och gå tillbaka till granskningen',
  },
  save: {
    auto: 'Ansökan sparas automatiskt.',
    saving: 'Sparar…',
    saved: 'Sparad kl. {time}',
    retrying: 'Det gick inte att spara – vi försöker igen',
    conflict: 'Inte sparad: ansökan har ändrats i ett annat fönster',
    signedOut:
      'Inte sparad: sessionen har gått ut. Ändringarna finns kvar i den här webbläsaren och sparas när du loggar in igen.',
    locked: 'Ansökan kan inte längre ändras.',
    restoredTitle: 'Osparade ändringar har återställts',
    restored:
      'I den här webbläsaren fanns ändringar som ännu inte hade sparats. De har återställts och sparas nu.',
  },
  conflict: {
    title: 'Ansökan har ändrats i ett annat fönster',
    body: 'Ansökan har ändrats i ett annat webbläsarfönster eller på en annan enhet efter att du öppnade den här. Vi sparade inte ändringarna i det här fönstret, så att ingenting skrivs över utan att du märker det. Ladda den senaste versionen och gör de ändringar som behövs på nytt.',
    load: 'Ladda den senaste versionen',
    loadedTitle: 'Den senaste versionen har laddats',
    loaded: 'Du ser nu den senast sparade versionen av ansökan.',
  },
  locked: {
    title: 'Ansökan kan inte längre ändras',
    body: 'Ansökan har redan skickats eller återkallats och kan därför inte längre ändras.',
    link: 'Visa ansökan',
  },
  errors: {
    summaryItem: '{field}: {message}',
    itemField: '{item}, {field}',
  },
  money: {
    help: 'I euro, till exempel 675,50',
    invalid: 'Skriv beloppet i euro, till exempel 675,50.',
    tooLarge: 'Beloppet är för stort: högst {max}.',
  },
  date: {
    help: 'I formen dag.månad.år, till exempel 31.1.2015',
  },
  fields: {
    applicant: {
      firstName: 'Förnamn',
      lastName: 'Efternamn',
      personalIdentityCode: 'Personbeteckning',
      email: 'E-postadress',
      phone: 'Telefonnummer',
      address: {
        street: 'Gatuadress',
        postalCode: 'Postnummer',
        city: 'Postanstalt',
      },
      maritalStatus: 'Civilstånd',
      occupation: 'Yrke eller situation',
    },
    spouse: {
      firstName: 'Förnamn',
      lastName: 'Efternamn',
      personalIdentityCode: 'Personbeteckning',
      occupation: 'Yrke eller situation',
    },
    children: {
      firstName: 'Förnamn',
      lastName: 'Efternamn',
      dateOfBirth: 'Födelsedatum',
    },
    otherMembers: {
      firstName: 'Förnamn',
      lastName: 'Efternamn',
      dateOfBirth: 'Födelsedatum',
      relationship: 'Relation till dig',
      relation: 'Relation till dig (med egna ord)',
    },
    housing: {
      type: 'Hur bor du?',
      rentCents: 'Hyra per månad',
      waterCents: 'Vattenavgift per månad',
      heatingCents: 'Uppvärmningskostnader per månad',
      maintenanceChargeCents: 'Bolagsvederlag eller bruksvederlag per månad',
      loanInterestCents: 'Räntor på bostadslån per månad',
      homeInsuranceCents: 'Hemförsäkringspremie per månad',
      electricityCents: 'Hushållsel per månad',
      saunaCents: 'Bastuavgift per månad',
      detachedHouse: 'Bor du i egnahemshus?',
      wasteCents: 'Avfallshantering per månad',
      chimneySweepingCents: 'Sotning per månad',
      propertyInsuranceCents: 'Fastighetsförsäkring per månad',
      propertyTaxCents: 'Fastighetsskatt per månad',
      plotRentCents: 'Tomthyra per månad',
    },
    incomes: {
      member: 'Vems inkomst?',
      type: 'Typ av inkomst',
      amountCents: 'Belopp per månad',
    },
    assets: {
      type: 'Typ av tillgång',
      valueCents: 'Värde',
      description: 'Tilläggsuppgift',
    },
    expenses: {
      type: 'Typ av utgift',
      amountCents: 'Belopp',
      description: 'Tilläggsuppgift',
    },
    month: 'Månad som du söker stöd för',
    iban: 'Kontonummer (IBAN)',
    urgent: 'Är din situation brådskande?',
    urgentReason: 'Varför behöver du stöd genast?',
    additionalInformation: 'Tilläggsuppgifter',
    declaration: 'Försäkran',
  },
  options: {
    maritalStatus: {
      single: 'Ogift',
      married: 'Gift',
      cohabiting: 'Sambo',
      registered_partnership: 'I registrerat partnerskap',
      separated: 'Lever åtskilda',
      divorced: 'Frånskild',
      widowed: 'Änka eller änkling',
    },
    housingType: {
      rental: 'I hyresbostad',
      owner_occupied: 'I ägarbostad',
      right_of_occupancy: 'I bostadsrättsbostad',
      subtenant: 'Som underhyresgäst',
      homeless: 'Jag är bostadslös',
      other: 'På annat sätt',
    },
    incomeType: {
      wage: 'Lön',
      entrepreneur: 'Företagarinkomst',
      unemployment_benefit: 'Arbetslöshetsdagpenning',
      labour_market_subsidy: 'Arbetsmarknadsstöd',
      housing_allowance: 'Bostadsbidrag',
      child_benefit: 'Barnbidrag',
      student_aid: 'Studiestöd',
      pension: 'Pension',
      sickness_allowance: 'Sjukdagpenning',
      maintenance_payment: 'Underhållsbidrag eller underhållsstöd',
      other: 'Annan inkomst',
    },
    assetType: {
      bank_account: 'Saldo på bankkonto',
      savings: 'Sparmedel',
      investments: 'Aktier, fonder eller andra placeringar',
      vehicle: 'Bil eller annat fordon',
      property: 'Bostad, fastighet eller markområde',
      other: 'Annan egendom',
    },
    relationship: {
      parent: 'Förälder (mamma eller pappa)',
      child: 'Barn',
      sibling: 'Syskon',
      grandparent: 'Mor- eller farförälder',
      other_relative: 'Annan släkting',
      other: 'Rumskamrat eller annan person',
    },
    expenseType: {
      health_care: 'Hälso- och sjukvård',
      medicine: 'Läkemedel',
      day_care: 'Avgift för småbarnspedagogik',
      moving: 'Flyttkostnader',
      rent_deposit: 'Hyresgaranti',
      other: 'Annan utgift',
    },
  },
  members: {
    applicant: 'Du',
    applicantNamed: '{name} (du)',
    spouse: 'Make eller sambo',
    spouseNamed: '{name} (make eller sambo)',
    childNamed: '{name} (barn)',
  },
  applicant: {
    recordHeading: 'Personuppgifter',
    name: 'Namn',
    recordHelp: 'Namnet och personbeteckningen kommer från befolkningsdatasystemet. De kan inte ändras här.',
    addressHeading: 'Adress',
    contactHeading: 'Kontaktuppgifter',
    contactHelp:
      'Ange åtminstone ett telefonnummer eller en e-postadress, så att handläggaren kan kontakta dig vid behov.',
    situationHeading: 'Familjesituation och arbete',
    maritalStatusHelp:
      'Om du bor tillsammans med en make eller sambo frågar vi efter hens uppgifter i nästa steg.',
    occupationHelp: 'Till exempel arbetslös arbetssökande, studerande, pensionär eller heltidsanställd.',
  },
  household: {
    spouseHeading: 'Make eller sambo',
    spouseHelp:
      'Med make eller sambo avses en make, maka, sambo eller registrerad partner som du bor tillsammans med. Ange hens uppgifter.',
    noSpouse:
      'Vi frågar inte efter uppgifter om make eller sambo, eftersom du inte har angett att du är gift, sambo eller i registrerat partnerskap. Om din situation är en annan, ändra civilståndet i uppgifterna om sökanden.',
    personalIdentityCodeHelp: 'Till exempel 131052-308T',
    childrenHeading: 'Barn',
    childrenHelp: 'Lägg till barn under 18 år som bor med dig.',
    childHeading: 'Barn {number}',
    addChild: 'Lägg till barn',
    removeChild: 'Ta bort barn {number}',
    noChildren: 'Du har inte lagt till några barn.',
    othersHeading: 'Andra som bor i samma hushåll',
    othersHelp:
      'Lägg till andra personer som bor med dig och som ni delar utgifterna med, till exempel ett vuxet barn.',
    memberHeading: 'Person {number}',
    addMember: 'Lägg till person',
    removeMember: 'Ta bort person {number}',
    noMembers: 'Du har inte lagt till några andra personer.',
    relationshipHelp:
      'Välj vem personen är för dig. Om du bor hos dina föräldrar, välj ”Förälder (mamma eller pappa)” för båda.',
    earlierRelation: 'Tidigare skrev du: {relation}',
  },
  housing: {
    costsHeading: 'Boendeutgifter',
    costsHelp: 'Skriv beloppen per månad i euro. Lämna de utgifter som du inte har tomma.',
    insuranceHelp: 'Om du betalar försäkringen en gång per år, dela beloppet med 12. Till exempel 12,50',
    otherCostsHeading: 'El, hemförsäkring och bastu',
    otherCostsHelp:
      'Dessa utgifter godkänns i skälig mängd utöver boendeutgifterna. Skriv beloppen per månad i euro. Lämna de utgifter som du inte har tomma.',
    electricityHelp:
      'Hemmets elräkning utan eluppvärmning. Om räkningen kommer mer sällan än en gång i månaden, dela beloppet per månad. Till exempel 45,00',
    saunaHelp:
      'Avgift för husbolagets bastutur eller en allmän bastu, högst en gång i veckan. Till exempel 12,00',
    detachedYes: 'Ja, jag bor i egnahemshus',
    detachedNo: 'Nej',
    detachedHelp:
      'För ett egnahemshus frågar vi också om avfallshantering, sotning, försäkring, fastighetsskatt och tomthyra.',
    detachedHeading: 'Egnahemshusets kostnader',
    detachedCostsHelp:
      'Ange de kostnader som du betalar själv. Om du betalar en kostnad en gång per år eller mer sällan, dela årsbeloppet med 12. Lämna de kostnader som du inte har tomma.',
    formerVersion:
      'Ansökan gjordes med en tidigare version av blanketten. Där frågades inte om el, bastuavgift eller egnahemshusets kostnader.',
    homelessHelp:
      'Berätta om din situation i tilläggsuppgifterna. Om du behöver en plats att sova redan i dag, kontakta socialjouren.',
  },
  incomes: {
    rowHeading: 'Inkomst {number}',
    add: 'Lägg till inkomst',
    remove: 'Ta bort inkomst {number}',
    none: 'Du har inte lagt till några inkomster.',
    amountHelp: 'I euro per månad, till exempel 675,50. Ange nettolönen, alltså beloppet efter skatt.',
  },
  assets: {
    rowHeading: 'Tillgång {number}',
    add: 'Lägg till tillgång',
    remove: 'Ta bort tillgång {number}',
    none: 'Du har inte lagt till några tillgångar.',
    valueHelp: 'I euro, till exempel 120,00',
    descriptionHelp: 'Till exempel bankens namn eller bilens märke och årsmodell',
  },
  expenses: {
    rowHeading: 'Utgift {number}',
    add: 'Lägg till utgift',
    remove: 'Ta bort utgift {number}',
    none: 'Du har inte lagt till några utgifter.',
    amountHelp: 'I euro, till exempel 35,90',
    descriptionHelp: 'Berätta kort vad utgiften gäller. Obligatorisk om du valde ”Annan utgift”.',
  },
  payment: {
    monthHelp:
      'Du kan söka stöd för den innevarande eller följande månaden eller för högst tre föregående månader.',
    currentMonth: '{month} (innevarande månad)',
    ibanHelp: 'Stödet betalas till det här kontot. Till exempel FI21 1234 5600 0007 85',
  },
  urgency: {
    help: 'Din situation är brådskande om du inte har pengar till det nödvändigaste, till exempel mat eller läkemedel, och inte kan vänta på den vanliga handläggningen. En brådskande ansökan avgörs senast följande vardag.',
    yes: 'Ja, jag behöver stöd genast',
    no: 'Nej',
    reasonHelp: 'Berätta kort vad du behöver genast och varför.',
  },
  additional: {
    help: 'Till exempel förändringar i din situation eller sådant som inte passade in i de andra frågorna.',
  },
  attachments: {
    allowed:
      'Tillåtna filformat är PDF, JPEG, PNG, HEIC och WebP. En fil får vara högst {maxMegabytes} MB, och ansökan kan ha sammanlagt {max} bilagor. Med telefonen kan du också fotografera ett dokument.',
    choose: 'Välj filer',
    dropHere: 'eller dra filerna hit',
    uploading: 'Skickar: {name}',
    cancel: 'Avbryt',
    cancelNamed: 'Avbryt överföringen av filen {name}',
    cancelled: 'Överföringen avbröts.',
    retry: 'Försök igen',
    retryNamed: 'Försök igen: {name}',
    dismiss: 'Stäng',
    dismissNamed: 'Stäng meddelandet: {name}',
    delete: 'Ta bort',
    deleteNamed: 'Ta bort bilagan {name}',
    deleteFailed: 'Det gick inte att ta bort bilagan. Försök igen.',
    deleted: 'Bilagan {name} har tagits bort.',
    uploaded: 'Filen {name} har skickats.',
    scanning: 'virusgranskningen pågår',
    sentHeading: 'Skickade filer: {category}',
    stillUploading: 'Filerna håller på att skickas. Vänta tills överföringen är klar eller avbryt den.',
    categories: {
      bank_statement: {
        title: 'Kontoutdrag',
        help: 'Kontoutdrag för de två senaste månaderna från alla familjemedlemmars konton. Saknade kontoutdrag är den vanligaste orsaken till ett negativt beslut.',
      },
      rental_agreement: {
        title: 'Hyresavtal',
        help: 'Om du bor på hyra, bifoga hyresavtalet. Det behövs när du söker stöd för första gången eller när hyran har ändrats.',
      },
      pay_slip: {
        title: 'Lönespecifikationer',
        help: 'Lönespecifikationer för ansökningsmånaden och månaden före den.',
      },
      receipt: {
        title: 'Kvitton och räkningar',
        help: 'Kvitton och räkningar för utgifter som du söker stöd för, till exempel läkemedel eller hälso- och sjukvård.',
      },
      electricity_bill: {
        title: 'Elräkning',
        help: 'Hemmets senaste elräkning, eftersom du har uppgett elkostnader.',
      },
      insurance_policy: {
        title: 'Försäkringsbrev eller försäkringsräkning',
        help: 'Hemförsäkringens eller fastighetsförsäkringens försäkringsbrev eller räkning, eftersom du har uppgett en försäkringspremie.',
      },
      sauna_fee_receipt: {
        title: 'Kvitto på bastuavgift',
        help: 'Kvitto eller räkning på bastuavgiften, eftersom du har uppgett en bastuavgift.',
      },
      property_tax_decision: {
        title: 'Beslut om fastighetsskatt',
        help: 'Skatteförvaltningens fastighetsskattebeslut, eftersom du har uppgett fastighetsskatt.',
      },
      plot_lease: {
        title: 'Arrendeavtal för tomten',
        help: 'Arrendeavtalet för tomten eller den senaste räkningen, eftersom du har uppgett tomthyra.',
      },
      waste_and_chimney_bills: {
        title: 'Räkningar för avfallshantering och sotning',
        help: 'De senaste räkningarna för avfallshantering och sotning, eftersom du har uppgett dessa kostnader.',
      },
      other: {
        title: 'Andra bilagor',
        help: 'Andra dokument som gäller ansökan, till exempel en vattenräkning eller ett beslut om en annan förmån.',
      },
    },
  },
  check: {
    intro: 'Kontrollera att uppgifterna stämmer. Du kan ändra ett svar via länken bredvid det.',
    change: 'Ändra',
    notAnswered: 'Inget svar',
    none: 'Inget angivet',
    declarationHeading: 'Försäkran',
    declaration:
      'Jag försäkrar att de uppgifter jag har lämnat är riktiga och att jag utan dröjsmål meddelar om förändringar.',
    declarationHelp:
      'Om stöd beviljas på grund av felaktiga eller bristfälliga uppgifter kan det krävas tillbaka.',
    send: 'Skicka ansökan',
    sending: 'Skickar…',
    sendFailed: 'Det gick inte att skicka ansökan. Kontrollera nätverksanslutningen och försök igen.',
    saveFirst:
      'Det gick inte att spara ansökan, så den skickades inte. Kontrollera nätverksanslutningen och försök igen.',
    changedElsewhere:
      'Ansökan har ändrats i ett annat fönster. Du ser nu den senaste versionen. Granska uppgifterna och skicka ansökan på nytt.',
  },
  receipt: {
    pageTitle: 'Ansökan har skickats',
    title: 'Din ansökan har skickats',
    noticeTitle: 'Ansökan har tagits emot',
    due: 'Beslutet fattas senast {date}.',
    nextHeading: 'Vad händer härnäst',
    next: {
      review: 'Handläggaren går igenom din ansökan och dina bilagor.',
      moreInformation:
        'Om vi behöver mer information skickar vi dig en begäran om tilläggsutredning. Du ser den på ditt e-tjänstkonto.',
      decision: 'Du får beslutet på ditt e-tjänstkonto. I beslutet står det hur du kan söka ändring i det.',
    },
    urgent: 'Du angav att din situation är brådskande, så ansökan behandlas som brådskande.',
    changes: 'Om din situation förändras före beslutet, meddela handläggaren.',
    showApplication: 'Visa ansökan',
  },
};
