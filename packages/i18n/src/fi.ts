// Finnish: the source dictionary. Swedish and English are typed against its shape, so a key added here must be
// added there too (and a key there that is not here fails the build).
// Placeholders are written `{name}`; every translation of a text must use the same placeholders.

import type { DeepStringShape } from './types.ts';

export const fi = {
  common: {
    citizenAppName: 'Tuki – toimeentulotuen e-asiointi',
    staffAppName: 'Tuki – toimeentulotuen käsittely',
    documentTitle: '{page} – {app}',
    cityName: 'Helsingin kaupunki',
    frontPage: 'Etusivu',
    signIn: 'Kirjaudu sisään',
    signOut: 'Kirjaudu ulos',
    signedInAs: 'Kirjautuneena: {name}',
    userMenu: 'Käyttäjävalikko',
    skipToContent: 'Siirry pääsisältöön',
    language: 'Kieli',
    changeLanguage: 'Vaihda kieli',
    menu: 'Valikko',
    close: 'Sulje',
    loading: 'Ladataan…',
    backToTop: 'Takaisin ylös',
    allRightsReserved: 'Kaikki oikeudet pidätetään',
    languageNames: {
      fi: 'Suomi',
      sv: 'Svenska',
      en: 'English',
    },
    roles: {
      handler: 'Etuuskäsittelijä',
      social_worker: 'Sosiaalityöntekijä',
      supervisor: 'Esihenkilö',
      admin: 'Pääkäyttäjä',
      auditor: 'Tarkastaja',
    },
  },
  citizen: {
    landing: {
      pageTitle: 'Etusivu',
      title: 'Hae toimeentulotukea verkossa',
      intro:
        'Toimeentulotuki on viimesijainen taloudellinen tuki. Se turvaa välttämättömän toimeentulon silloin, kun omat tulot ja varat tai muut etuudet eivät riitä jokapäiväisiin menoihin.',
      servicesHeading: 'Tässä palvelussa voit',
      services: {
        apply: 'hakea perustoimeentulotukea sekä täydentävää ja ehkäisevää toimeentulotukea',
        attachments: 'lähettää hakemuksen liitteet',
        follow: 'seurata hakemuksesi käsittelyä',
        answer: 'vastata lisäselvityspyyntöihin ja viesteihin',
        decisions: 'lukea sinua koskevat päätökset',
      },
      signInHeading: 'Kirjaudu palveluun',
      signInHelp:
        'Kirjautumiseen tarvitset verkkopankkitunnukset, mobiilivarmenteen tai varmennekortin. Tunnistautumisen jälkeen palvelu tietää, kuka olet, eikä sinun tarvitse täyttää perustietojasi uudelleen.',
      signInToApply: 'Kirjaudu sisään ja hae tukea',
      urgentHelp:
        'Jos tilanteesi on kiireellinen etkä voi odottaa hakemuksen käsittelyä, ota yhteyttä kaupungin sosiaalipäivystykseen.',
      welcome: 'Tervetuloa, {name}',
      comingSoonTitle: 'Asiointitilisi on tulossa',
      comingSoon:
        'Tästä palvelusta tulee asiointitilisi. Pian voit tehdä täällä hakemuksen, lähettää liitteitä, vastata lisäselvityspyyntöihin ja lukea päätökset.',
    },
  },
  staff: {
    landing: {
      pageTitle: 'Etusivu',
      title: 'Tervetuloa, {name}',
      rolesHeading: 'Käyttöoikeusroolisi',
      noRoles: 'Sinulle ei ole vielä annettu käyttöoikeusrooleja. Ota yhteyttä pääkäyttäjään.',
      comingLater:
        'Työjono ja hakemusten käsittely tulevat tähän näkymään myöhemmin. Nyt voit tarkistaa, että kirjautuminen ja käyttöoikeutesi toimivat.',
    },
    signInRequired: {
      pageTitle: 'Kirjautuminen vaaditaan',
      title: 'Kirjaudu sisään työntekijänä',
      body: 'Tämä palvelu on tarkoitettu kaupungin toimeentulotukiasioita käsitteleville työntekijöille.',
      signIn: 'Kirjaudu työntekijänä',
      signedInAsCitizen:
        'Olet nyt kirjautuneena asiakkaana. Kirjaudu ensin ulos ja sitten uudelleen sisään työntekijän tunnuksilla.',
    },
  },
  signIn: {
    pageTitle: 'Kirjautuminen',
    citizen: {
      title: 'Kirjaudu palveluun',
      intro:
        'Kirjaudu sisään vahvalla tunnistautumisella. Voit tunnistautua verkkopankkitunnuksilla, mobiilivarmenteella tai henkilökortilla.',
    },
    staff: {
      title: 'Kirjaudu sisään työntekijänä',
      intro: 'Kirjaudu sisään työtunnuksellasi.',
    },
    errorTitle: 'Kirjautuminen ei onnistunut',
    validation: {
      required: 'Tämä tieto puuttuu.',
      invalid_personal_identity_code: 'Henkilötunnus ei ole kelvollinen. Tarkista se.',
      invalid_postal_code: 'Postinumerossa on viisi numeroa.',
      invalid_email: 'Sähköpostiosoite ei ole kelvollinen, esimerkiksi nimi@esimerkki.fi.',
      invalid_phone: 'Puhelinnumero ei ole kelvollinen, esimerkiksi 040 123 4567.',
      contact_required: 'Anna sähköpostiosoite tai puhelinnumero, jotta voimme ottaa sinuun yhteyttä.',
      invalid_date: 'Päivämäärä ei ole kelvollinen, esimerkiksi 31.1.2015.',
      date_in_future: 'Päivämäärä ei voi olla tulevaisuudessa.',
      child_not_minor: 'Lapsi on täysi-ikäinen: lisää hänet muihin talouden jäseniin.',
      invalid_month: 'Kuukausi ei ole kelvollinen.',
      month_out_of_range: 'Tukea voi hakea enintään kolmelle edelliselle tai seuraavalle kuukaudelle.',
      invalid_iban: 'Tilinumero ei ole kelvollinen IBAN, esimerkiksi FI21 1234 5600 0007 85.',
      amount_required: 'Anna summa euroina.',
      unknown_member: 'Valitse talouden jäsen.',
      declaration_required: 'Vahvista, että tiedot ovat oikein.',
      summary: 'Hakemuksessa on korjattavaa.',
    },
    upload: {
      tooLarge: 'Tiedosto on liian suuri. Suurin sallittu koko on {maxMegabytes} Mt.',
      unsupportedType: 'Tiedostomuotoa ei voi lähettää. Sallitut muodot: PDF, JPEG, PNG, HEIC ja WebP.',
      empty: 'Tiedosto on tyhjä.',
      infected: 'Tiedostosta löytyi haittaohjelma, joten se poistettiin. Lähetä puhdas tiedosto.',
      tooMany: 'Hakemuksessa voi olla enintään {max} liitettä.',
      interrupted: 'Tiedoston lähetys keskeytyi. Yritä uudelleen.',
    },
    errors: {
      insufficientLoa:
        'Tämä palvelu edellyttää vahvaa tunnistautumista. Kirjaudu uudelleen verkkopankkitunnuksilla, mobiilivarmenteella tai henkilökortilla.',
      noIdentityCode:
        'Emme saaneet henkilötunnustasi tunnistuspalvelusta, joten emme voineet tunnistaa sinua. Yritä uudelleen. Jos ongelma toistuu, kokeile toista tunnistustapaa.',
      interrupted: 'Kirjautuminen keskeytyi tai vanhentui. Yritä uudelleen.',
      cancelled: 'Kirjautuminen peruttiin tai se epäonnistui tunnistuspalvelussa. Yritä uudelleen.',
      noUsername:
        'Emme saaneet käyttäjätunnustasi kirjautumispalvelusta. Yritä uudelleen. Jos ongelma toistuu, ota yhteyttä pääkäyttäjään.',
      inactive:
        'Käyttäjätunnuksesi on poistettu käytöstä tässä palvelussa. Jos tarvitset pääsyn palveluun, ota yhteyttä pääkäyttäjään.',
      notConfigured: 'Kirjautuminen ei ole juuri nyt käytettävissä. Yritä myöhemmin uudelleen.',
      unknown: 'Kirjautumisessa tapahtui virhe. Yritä hetken kuluttua uudelleen.',
    },
  },
  devLogin: {
    pageTitle: 'Kehityskirjautuminen',
    title: 'Kehityskirjautuminen',
    intro:
      'Tämä on kehitysympäristön kirjautumissivu. Se korvaa vahvan sähköisen tunnistautumisen, jota palvelu käyttää tuotannossa. Älä käytä oikeita henkilötietoja.',
    citizenInstructions: 'Valitse esittelyhenkilö tai kirjoita mikä tahansa kelvollinen henkilötunnus.',
    demoCitizensHeading: 'Esittelyhenkilöt',
    noDemoCitizens: 'Esittelyhenkilöitä ei ole.',
    household: {
      single: 'Asuu yksin',
      couple_with_children: 'Pariskunta ja lapset',
      single_parent: 'Yksinhuoltaja',
      young_adult_with_parents: 'Nuori aikuinen, asuu vanhempiensa luona',
    },
    personalIdentityCodeHeading: 'Kirjaudu henkilötunnuksella',
    personalIdentityCodeLabel: 'Henkilötunnus',
    personalIdentityCodeHelp:
      'Jos henkilötunnuksella ei ole vielä henkilöä, sellainen luodaan. Esimerkki: 131052-308T',
    submit: 'Kirjaudu henkilötunnuksella',
    staffInstructions: 'Valitse testikäyttäjä. Jokaisella käyttäjällä on yksi rooli.',
    staffUsersHeading: 'Testikäyttäjät rooleittain',
    noStaffUsers: 'Testikäyttäjiä ei ole.',
    errorSummaryHeading: 'Kirjautuminen ei onnistunut',
    personalIdentityCodeRequired: 'Kirjoita henkilötunnus.',
    notAvailableTitle: 'Kehityskirjautuminen ei ole käytössä',
    notAvailable: 'Tässä ympäristössä kirjaudutaan sisään vahvalla tunnistautumisella.',
  },
  errors: {
    networkTitle: 'Yhteysvirhe',
    network: 'Yhteys palveluun ei onnistunut. Tarkista verkkoyhteytesi ja yritä uudelleen.',
    sessionExpiredTitle: 'Istunto vanhentui',
    sessionExpired: 'Istuntosi on vanhentunut. Kirjaudu uudelleen sisään.',
    invalidPersonalIdentityCode: 'Henkilötunnus ei ole kelvollinen. Tarkista henkilötunnus.',
    forbiddenTitle: 'Ei käyttöoikeutta',
    forbidden: 'Sinulla ei ole oikeutta tähän toimintoon.',
    notFoundTitle: 'Sivua ei löytynyt',
    notFound: 'Hakemaasi sivua ei löytynyt. Tarkista osoite tai palaa etusivulle.',
    unknownUser: 'Käyttäjää ei löytynyt.',
    unexpectedTitle: 'Virhe',
    unexpected: 'Tapahtui odottamaton virhe. Yritä myöhemmin uudelleen.',
    retry: 'Yritä uudelleen',
  },
} as const;

/** The shape every dictionary must have: the Finnish keys, with any text. */
export type Dictionary = DeepStringShape<typeof fi>;
