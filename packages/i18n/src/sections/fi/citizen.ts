// Finnish texts of the `citizen` section (the source; Swedish and English are typed against it).

export const citizen = {
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
    accountHeading: 'Asiointitilisi',
    accountHelp:
      'Asiointitililläsi voit tehdä hakemuksen, jatkaa keskeneräistä hakemusta ja seurata hakemustesi käsittelyä.',
    toAccount: 'Siirry asiointitilille',
  },
} as const;
