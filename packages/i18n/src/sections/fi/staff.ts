// Finnish texts of the `staff` section (the source; Swedish and English are typed against it).

export const staff = {
  nav: {
    label: 'Henkilöstön valikko',
    workQueue: 'Työjono',
    print: 'Postitus',
    payments: 'Maksut',
    users: 'Käyttäjät',
    apiClients: 'API-asiakkaat',
    parameters: 'Laskentaparametrit',
    statistics: 'Tilastot',
    auditTrail: 'Käyttöloki',
    approvals: 'Hyväksynnät',
    archive: 'Arkisto',
    approvalsWaiting: '{count} odottaa hyväksyntää',
  },
  landing: {
    pageTitle: 'Etusivu',
    title: 'Tervetuloa, {name}',
    rolesHeading: 'Käyttöoikeusroolisi',
    noRoles: 'Sinulle ei ole vielä annettu käyttöoikeusrooleja. Ota yhteyttä pääkäyttäjään.',
    tasksHeading: 'Mitä voit tehdä',
    adminIntro: 'Pääkäyttäjänä voit hoitaa näitä:',
    adminUsers: 'henkilöstön käyttäjätunnukset ja käyttöoikeusroolit',
    adminApiClients: 'järjestelmät, jotka käyttävät Tukin rajapintaa',
    adminApprovals: 'henkilötietoja lukevat käyttöoikeudet, jotka odottavat toisen ylläpitäjän hyväksyntää',
    adminParameters: 'toimeentulotuen laskentaparametrit, kuten perusosat ja asumisnormit',
    auditorIntro: 'Tarkastajana voit selvittää, kuka on katsonut tai muuttanut asiakkaan tietoja:',
    auditorAuditTrail: 'hae asiakkaan henkilötunnuksella tai työntekijän käyttäjätunnuksella',
    noTasks:
      'Roolisi eivät anna pääsyä henkilöstön sivuille. Jos tarvitset pääsyä työssäsi, ota yhteyttä pääkäyttäjään.',
  },
  noAccess: {
    title: 'Ei käyttöoikeutta',
    body: 'Sinulla ei ole käyttöoikeutta tälle sivulle. Jos tarvitset sitä työssäsi, ota yhteyttä pääkäyttäjään.',
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
