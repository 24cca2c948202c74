// Swedish. Typed against the Finnish source dictionary: a missing or extra key fails the build.

import type { Dictionary } from './fi.ts';

export const sv: Dictionary = {
  common: {
    citizenAppName: 'Tuki – e-tjänst för utkomststöd',
    staffAppName: 'Tuki – handläggning av utkomststöd',
    documentTitle: '{page} – {app}',
    cityName: 'Helsingfors stad',
    frontPage: 'Startsida',
    signIn: 'Logga in',
    signOut: 'Logga ut',
    signedInAs: 'Inloggad som {name}',
    userMenu: 'Användarmeny',
    skipToContent: 'Hoppa till huvudinnehållet',
    language: 'Språk',
    changeLanguage: 'Byt språk',
    menu: 'Meny',
    close: 'Stäng',
    loading: 'Laddar…',
    backToTop: 'Tillbaka upp',
    allRightsReserved: 'Alla rättigheter förbehållna',
    languageNames: {
      fi: 'Suomi',
      sv: 'Svenska',
      en: 'English',
    },
    roles: {
      handler: 'Förmånshandläggare',
      social_worker: 'Socialarbetare',
      supervisor: 'Förman',
      admin: 'Huvudanvändare',
      auditor: 'Granskare',
    },
  },
  citizen: {
    landing: {
      pageTitle: 'Startsida',
      title: 'Ansök om utkomststöd på nätet',
      intro:
        'Utkomststöd är ett ekonomiskt stöd i sista hand. Det tryggar den nödvändiga utkomsten när de egna inkomsterna och tillgångarna eller andra förmåner inte räcker till de dagliga utgifterna.',
      servicesHeading: 'I den här tjänsten kan du',
      services: {
        apply: 'ansöka om grundläggande, kompletterande och förebyggande utkomststöd',
        attachments: 'skicka bilagor till ansökan',
        follow: 'följa handläggningen av din ansökan',
        answer: 'svara på begäranden om tilläggsutredning och på meddelanden',
        decisions: 'läsa de beslut som gäller dig',
      },
      signInHeading: 'Logga in i tjänsten',
      signInHelp:
        'För att logga in behöver du nätbankskoder, mobilcertifikat eller certifikatkort. Efter identifieringen vet tjänsten vem du är och du behöver inte fylla i dina grunduppgifter på nytt.',
      signInToApply: 'Logga in och ansök om stöd',
      urgentHelp:
        'Om din situation är brådskande och du inte kan vänta på att ansökan handläggs, kontakta stadens socialjour.',
      welcome: 'Välkommen, {name}',
      comingSoonTitle: 'Ditt e-tjänstkonto kommer snart',
      comingSoon:
        'Den här tjänsten blir ditt e-tjänstkonto. Snart kan du här göra en ansökan, skicka bilagor, svara på begäranden om tilläggsutredning och läsa beslut.',
    },
  },
  staff: {
    landing: {
      pageTitle: 'Startsida',
      title: 'Välkommen, {name}',
      rolesHeading: 'Dina användarroller',
      noRoles: 'Du har ännu inte fått några användarroller. Kontakta huvudanvändaren.',
      comingLater:
        'Arbetskön och handläggningen av ansökningar kommer till den här vyn senare. Nu kan du kontrollera att inloggningen och dina behörigheter fungerar.',
    },
    signInRequired: {
      pageTitle: 'Inloggning krävs',
      title: 'Logga in som anställd',
      body: 'Den här tjänsten är avsedd för stadens anställda som handlägger ärenden om utkomststöd.',
      signIn: 'Logga in som anställd',
      signedInAsCitizen:
        'Du är nu inloggad som kund. Logga först ut och logga sedan in på nytt med dina koder som anställd.',
    },
  },
  signIn: {
    pageTitle: 'Inloggning',
    citizen: {
      title: 'Logga in i tjänsten',
      intro:
        'Logga in med stark identifiering. Du kan identifiera dig med nätbankskoder, mobilcertifikat eller identitetskort.',
    },
    staff: {
      title: 'Logga in som anställd',
      intro: 'Logga in med ditt arbetskonto.',
    },
    errorTitle: 'Inloggningen misslyckades',
    validation: {
      required: 'Den här uppgiften saknas.',
      invalid_personal_identity_code: 'Personbeteckningen är inte giltig. Kontrollera den.',
      invalid_postal_code: 'Postnumret har fem siffror.',
      invalid_email: 'E-postadressen är inte giltig, till exempel namn@exempel.fi.',
      invalid_phone: 'Telefonnumret är inte giltigt, till exempel 040 123 4567.',
      contact_required: 'Ange en e-postadress eller ett telefonnummer så att vi kan kontakta dig.',
      invalid_date: 'Datumet är inte giltigt, till exempel 31.1.2015.',
      date_in_future: 'Datumet kan inte vara i framtiden.',
      child_not_minor: 'Barnet är myndigt: lägg till hen bland hushållets övriga medlemmar.',
      invalid_month: 'Månaden är inte giltig.',
      month_out_of_range: 'Stöd kan sökas för högst tre föregående månader eller för följande månad.',
      invalid_iban: 'Kontonumret är inte ett giltigt IBAN, till exempel FI21 1234 5600 0007 85.',
      amount_required: 'Ange beloppet i euro.',
      unknown_member: 'Välj en medlem i hushållet.',
      declaration_required: 'Bekräfta att uppgifterna är riktiga.',
      summary: 'Ansökan har fel som ska rättas.',
    },
    upload: {
      tooLarge: 'Filen är för stor. Den största tillåtna storleken är {maxMegabytes} MB.',
      unsupportedType: 'Filformatet kan inte skickas. Tillåtna format: PDF, JPEG, PNG, HEIC och WebP.',
      empty: 'Filen är tom.',
      infected: 'Filen innehöll skadlig kod och har raderats. Skicka en ren fil.',
      tooMany: 'En ansökan kan ha högst {max} bilagor.',
      interrupted: 'Filöverföringen avbröts. Försök igen.',
    },
    errors: {
      insufficientLoa:
        'Den här tjänsten kräver stark identifiering. Logga in på nytt med nätbankskoder, mobilcertifikat eller identitetskort.',
      noIdentityCode:
        'Vi fick inte din personbeteckning från identifieringstjänsten och kunde därför inte identifiera dig. Försök igen. Om problemet upprepas, pröva ett annat identifieringssätt.',
      interrupted: 'Inloggningen avbröts eller gick ut. Försök igen.',
      cancelled: 'Inloggningen avbröts eller misslyckades i identifieringstjänsten. Försök igen.',
      noUsername:
        'Vi fick inte ditt användarnamn från inloggningstjänsten. Försök igen. Om problemet upprepas, kontakta huvudanvändaren.',
      inactive:
        'Ditt användarkonto har inaktiverats i den här tjänsten. Om du behöver tillgång till tjänsten, kontakta huvudanvändaren.',
      notConfigured: 'Inloggningen är inte tillgänglig just nu. Försök igen senare.',
      unknown: 'Ett fel inträffade vid inloggningen. Försök igen om en stund.',
    },
  },
  devLogin: {
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
  },
  errors: {
    networkTitle: 'Anslutningsfel',
    network: 'Det gick inte att ansluta till tjänsten. Kontrollera din nätverksanslutning och försök igen.',
    sessionExpiredTitle: 'Sessionen har gått ut',
    sessionExpired: 'Din session har gått ut. Logga in på nytt.',
    invalidPersonalIdentityCode: 'Personbeteckningen är inte giltig. Kontrollera personbeteckningen.',
    forbiddenTitle: 'Ingen behörighet',
    forbidden: 'Du har inte behörighet att göra det här.',
    notFoundTitle: 'Sidan hittades inte',
    notFound: 'Sidan du söker hittades inte. Kontrollera adressen eller gå tillbaka till startsidan.',
    unknownUser: 'Användaren hittades inte.',
    unexpectedTitle: 'Fel',
    unexpected: 'Ett oväntat fel inträffade. Försök igen senare.',
    retry: 'Försök igen',
  },
};
