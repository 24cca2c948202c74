// Finnish texts of the suomifiNotices section (the source; Swedish and English are typed against it): the notices
// other than decisions that go to the client's Suomi.fi mailbox (a request for information, an application closed
// as a duplicate). The message is visible to the recipient only; it may name the matter, as a letter would.

export const suomifiNotices = {
  informationRequested: {
    title: 'Lisäselvityspyyntö toimeentulotukihakemukseesi',
    body: 'Hei,\n\ntarvitsemme lisäselvitystä toimeentulotukihakemukseesi {reference}. Vastaa pyyntöön viimeistään {dueDate} e-asiointitilillä, jossa näet myös, mitä pyydämme:\n{link}\n\nTähän viestiin ei voi vastata.',
  },
  applicationMerged: {
    title: 'Hakemuksesi on yhdistetty toiseen hakemukseen',
    body: 'Hei,\n\ntoimeentulotukihakemuksesi {reference} koskee samaa kuukautta kuin hakemuksesi {other}, joten ne käsitellään yhdessä hakemuksen {other} kanssa. Hakemuksesta {reference} ei tehdä erillistä päätöstä. Näet tiedot e-asiointitililläsi:\n{link}\n\nTähän viestiin ei voi vastata.',
  },
} as const;
