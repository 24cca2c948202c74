// Finnish texts of the `devLogin` section (the source; Swedish and English are typed against it).

export const devLogin = {
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
} as const;
