// Finnish texts of the `staff` section (the source; Swedish and English are typed against it).

export const staff = {
  nav: {
    label: 'Henkilöstön valikko',
    workQueue: 'Työjono',
    print: 'Postitus',
    users: 'Käyttäjät',
    apiClients: 'API-asiakkaat',
    parameters: 'Laskentaparametrit',
    statistics: 'Tilastot',
  },
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
} as const;
