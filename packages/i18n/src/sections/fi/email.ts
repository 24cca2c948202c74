// Finnish texts of the `email` section (the source; Swedish and English are typed against it).

export const email = {
  common: {
    greeting: 'Hei,',
    signature: 'Helsingin kaupungin sosiaalipalvelut',
    noReply: 'Tähän viestiin ei voi vastata.',
    settings: 'Voit lopettaa sähköposti-ilmoitukset e-asioinnin asetuksista.',
    dataProtection:
      'Tietosuojaselosteesta näet, miten käsittelemme henkilötietojasi ja mitä oikeuksia sinulla on:',
  },
  applicationReceived: {
    subject: 'Uutta Tuki-asioinnissasi',
    body: 'e-asiointitililläsi on uutta tietoa toimeentulotukiasiastasi. Kirjaudu sisään nähdäksesi sen:',
  },
  informationRequested: {
    subject: 'Lisäselvityspyyntö Tuki-asioinnissasi',
    body: 'toimeentulotukiasiaasi varten pyydetään lisäselvitystä. Kirjaudu e-asiointitilillesi nähdäksesi pyynnön ja vastataksesi siihen:',
  },
  newMessage: {
    subject: 'Uusi viesti Tuki-asioinnissasi',
    body: 'sinulle on uusi viesti e-asiointitililläsi toimeentulotukiasiaasi liittyen. Kirjaudu sisään lukeaksesi sen:',
  },
  decisionMade: {
    subject: 'Päätös Tuki-asioinnissasi',
    body: 'toimeentulotukiasiaasi on tehty päätös. Kirjaudu e-asiointitilillesi lukeaksesi sen:',
  },
  applicationMerged: {
    subject: 'Hakemuksesi on yhdistetty',
    body: 'hakemuksesi on yhdistetty toiseen samaa kuukautta koskevaan hakemukseen, eikä sitä käsitellä erikseen. Kirjaudu e-asiointitilillesi nähdäksesi lisätiedot:',
  },
} as const;
