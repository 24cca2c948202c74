// Finnish: the source dictionary. Swedish and English are typed against its shape, so a key added here must be
// added there too (and a key there that is not here fails the build).
// Placeholders are written `{name}`; every translation of a text must use the same placeholders.

import { calculation } from './sections/fi/calculation.ts';
import { calculator } from './sections/fi/calculator.ts';
import { caseWork } from './sections/fi/caseWork.ts';
import { citizenCorrespondence } from './sections/fi/citizenCorrespondence.ts';
import { citizenDecisions } from './sections/fi/citizenDecisions.ts';
import { correspondence } from './sections/fi/correspondence.ts';
import { decisions } from './sections/fi/decisions.ts';
import { parameterSets } from './sections/fi/parameterSets.ts';
import { printBatches } from './sections/fi/printBatches.ts';
import { rectification } from './sections/fi/rectification.ts';
import { staffCorrespondence } from './sections/fi/staffCorrespondence.ts';
import { staffDecisions } from './sections/fi/staffDecisions.ts';
import { staffUsers } from './sections/fi/staffUsers.ts';
import { workQueue } from './sections/fi/workQueue.ts';
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
    dateTime: '{date} klo {time}',
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
      accountHeading: 'Asiointitilisi',
      accountHelp:
        'Asiointitililläsi voit tehdä hakemuksen, jatkaa keskeneräistä hakemusta ja seurata hakemustesi käsittelyä.',
      toAccount: 'Siirry asiointitilille',
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
  application: {
    documentTitle: '{step} – toimeentulotukihakemus',
    formTitle: 'Hakemus: {kind}',
    stepperLabel: 'Hakemuksen vaiheet',
    stepCount: 'Vaihe {current}/{total}',
    optionalLabel: '{label} (valinnainen)',
    choose: 'Valitse',
    listFull: 'Luetteloon voi lisätä enintään {max} riviä.',
    kind: {
      basic: 'Perustoimeentulotuki',
      supplementary: 'Täydentävä toimeentulotuki',
      preventive: 'Ehkäisevä toimeentulotuki',
      rectification: 'Oikaisuvaatimus',
    },
    kindDescription: {
      basic: 'Jokapäiväisiin menoihin, kuten ruokaan, vaatteisiin, lääkkeisiin ja asumiseen.',
      supplementary:
        'Erityisiin menoihin, joita perustoimeentulotuki ei kata, esimerkiksi muuttokuluihin tai vuokravakuuteen.',
      preventive:
        'Tukemaan omatoimista selviytymistä ja ehkäisemään taloudellisia vaikeuksia, esimerkiksi äkillisessä elämänmuutoksessa.',
    },
    status: {
      draft: 'Keskeneräinen',
      submitted: 'Lähetetty',
      in_processing: 'Käsittelyssä',
      waiting_for_information: 'Odottaa lisäselvitystä',
      decided: 'Päätös tehty',
      withdrawn: 'Peruttu',
    },
    steps: {
      applicant: 'Hakija',
      household: 'Perhe',
      housing: 'Asuminen',
      incomes: 'Tulot',
      assets: 'Varat',
      expenses: 'Menot',
      payment: 'Tili ja kuukausi',
      urgency: 'Kiireellisyys',
      additional: 'Lisätiedot',
      attachments: 'Liitteet',
      check: 'Tarkistus',
    },
    stepState: {
      done: 'valmis',
      attention: 'vaatii tarkistusta',
    },
    stepTitles: {
      applicant: 'Hakijan tiedot',
      household: 'Perhe ja muut samassa taloudessa asuvat',
      housing: 'Asuminen ja asumismenot',
      incomes: 'Tulot',
      assets: 'Varat',
      expenses: 'Menot, joihin haet tukea',
      payment: 'Hakukuukausi ja tilinumero',
      urgency: 'Kiireellisyys',
      additional: 'Lisätiedot',
      attachments: 'Liitteet',
      check: 'Tarkista tiedot ja lähetä hakemus',
    },
    stepIntros: {
      applicant: 'Tarkista yhteystietosi ja kerro perhetilanteesi.',
      household:
        'Kerro, ketkä asuvat kanssasi samassa taloudessa. Toimeentulotuki lasketaan koko perheelle yhdessä.',
      housing: 'Kerro, miten asut ja paljonko asuminen maksaa kuukaudessa.',
      incomes:
        'Kerro kaikki tulot, jotka sinä ja perheenjäsenesi saatte sinä kuukautena, jolle haet tukea. Jos tuloja ei ole, jatka seuraavaan vaiheeseen.',
      assets:
        'Kerro perheen varat, kuten pankkitilien saldot, säästöt ja sijoitukset. Jos varoja ei ole, jatka seuraavaan vaiheeseen.',
      expenses:
        'Kerro menot, joihin haet tukea asumisen ja jokapäiväisten menojen lisäksi, esimerkiksi lääkkeet. Jos tällaisia menoja ei ole, jatka seuraavaan vaiheeseen.',
      payment: 'Valitse kuukausi, jolle haet tukea, ja kerro tilinumero, jolle tuki maksetaan.',
      urgency: 'Kerro, tarvitsetko tukea heti.',
      additional: 'Voit kertoa tässä muuta, mitä haluat hakemuksen käsittelijän tietävän.',
      attachments:
        'Liitteet nopeuttavat käsittelyä. Jos jokin liite puuttuu, käsittelijä pyytää sitä sinulta, ja päätös voi viivästyä.',
      check: 'Tarkista tiedot ennen kuin lähetät hakemuksen.',
    },
    actions: {
      continue: 'Jatka',
      previous: 'Edellinen',
      continueLater: 'Jatka myöhemmin – hakemus on tallessa asiointitililläsi',
      backToCheck: 'Tallenna ja palaa tarkistukseen',
    },
    save: {
      auto: 'Hakemus tallentuu automaattisesti.',
      saving: 'Tallennetaan…',
      saved: 'Tallennettu klo {time}',
      retrying: 'Tallennus ei onnistunut – yritetään uudelleen',
      conflict: 'Ei tallennettu: hakemusta on muutettu toisessa ikkunassa',
      signedOut:
        'Ei tallennettu: istunto on päättynyt. Muutokset säilyvät tässä selaimessa, ja ne tallennetaan, kun kirjaudut uudelleen sisään.',
      locked: 'Hakemusta ei voi enää muuttaa.',
      restoredTitle: 'Tallentamattomat muutokset palautettiin',
      restored:
        'Tässä selaimessa oli muutoksia, joita ei ollut vielä tallennettu. Ne on palautettu, ja ne tallennetaan nyt.',
    },
    conflict: {
      title: 'Hakemusta on muutettu toisessa ikkunassa',
      body: 'Hakemusta on muutettu toisessa selainikkunassa tai toisella laitteella sen jälkeen, kun avasit sen tässä. Emme tallentaneet tämän ikkunan muutoksia, jotta mitään ei korvattaisi huomaamatta. Lataa uusin versio ja tee tarvittavat muutokset uudelleen.',
      load: 'Lataa uusin versio',
      loadedTitle: 'Uusin versio on ladattu',
      loaded: 'Näet nyt hakemuksen uusimman tallennetun version.',
    },
    locked: {
      title: 'Hakemusta ei voi enää muuttaa',
      body: 'Hakemus on jo lähetetty tai peruttu, joten sitä ei voi enää muuttaa.',
      link: 'Näytä hakemus',
    },
    errors: {
      summaryItem: '{field}: {message}',
      itemField: '{item}, {field}',
    },
    money: {
      help: 'Euroina, esimerkiksi 675,50',
      invalid: 'Kirjoita summa euroina, esimerkiksi 675,50.',
    },
    date: {
      help: 'Muodossa päivä.kuukausi.vuosi, esimerkiksi 31.1.2015',
    },
    fields: {
      applicant: {
        firstName: 'Etunimi',
        lastName: 'Sukunimi',
        personalIdentityCode: 'Henkilötunnus',
        email: 'Sähköpostiosoite',
        phone: 'Puhelinnumero',
        address: {
          street: 'Lähiosoite',
          postalCode: 'Postinumero',
          city: 'Postitoimipaikka',
        },
        maritalStatus: 'Siviilisääty',
        occupation: 'Ammatti tai tilanne',
      },
      spouse: {
        firstName: 'Etunimi',
        lastName: 'Sukunimi',
        personalIdentityCode: 'Henkilötunnus',
        occupation: 'Ammatti tai tilanne',
      },
      children: {
        firstName: 'Etunimi',
        lastName: 'Sukunimi',
        dateOfBirth: 'Syntymäaika',
      },
      otherMembers: {
        firstName: 'Etunimi',
        lastName: 'Sukunimi',
        dateOfBirth: 'Syntymäaika',
        relation: 'Suhde sinuun',
      },
      housing: {
        type: 'Miten asut?',
        rentCents: 'Vuokra kuukaudessa',
        waterCents: 'Vesimaksu kuukaudessa',
        heatingCents: 'Lämmityskulut kuukaudessa',
        maintenanceChargeCents: 'Yhtiövastike tai käyttövastike kuukaudessa',
        loanInterestCents: 'Asuntolainan korot kuukaudessa',
        homeInsuranceCents: 'Kotivakuutusmaksu kuukaudessa',
      },
      incomes: {
        member: 'Kenen tulo?',
        type: 'Tulon laji',
        amountCents: 'Määrä kuukaudessa',
      },
      assets: {
        type: 'Varan laji',
        valueCents: 'Arvo',
        description: 'Lisätieto',
      },
      expenses: {
        type: 'Menon laji',
        amountCents: 'Määrä',
        description: 'Lisätieto',
      },
      month: 'Kuukausi, jolle haet tukea',
      iban: 'Tilinumero (IBAN)',
      urgent: 'Onko tilanteesi kiireellinen?',
      urgentReason: 'Miksi tarvitset tukea heti?',
      additionalInformation: 'Lisätiedot',
      declaration: 'Vakuutus',
    },
    options: {
      maritalStatus: {
        single: 'Naimaton',
        married: 'Naimisissa',
        cohabiting: 'Avoliitossa',
        registered_partnership: 'Rekisteröidyssä parisuhteessa',
        separated: 'Asumuserossa',
        divorced: 'Eronnut',
        widowed: 'Leski',
      },
      housingType: {
        rental: 'Vuokra-asunnossa',
        owner_occupied: 'Omistusasunnossa',
        right_of_occupancy: 'Asumisoikeusasunnossa',
        subtenant: 'Alivuokralaisena',
        homeless: 'Olen asunnoton',
        other: 'Muulla tavalla',
      },
      incomeType: {
        wage: 'Palkka',
        entrepreneur: 'Yrittäjätulo',
        unemployment_benefit: 'Työttömyyspäiväraha',
        labour_market_subsidy: 'Työmarkkinatuki',
        housing_allowance: 'Asumistuki',
        child_benefit: 'Lapsilisä',
        student_aid: 'Opintotuki',
        pension: 'Eläke',
        sickness_allowance: 'Sairauspäiväraha',
        maintenance_payment: 'Elatusapu tai elatustuki',
        other: 'Muu tulo',
      },
      assetType: {
        bank_account: 'Pankkitilin saldo',
        savings: 'Säästöt',
        investments: 'Osakkeet, rahastot tai muut sijoitukset',
        vehicle: 'Auto tai muu ajoneuvo',
        property: 'Asunto, kiinteistö tai maa-alue',
        other: 'Muu omaisuus',
      },
      expenseType: {
        health_care: 'Terveydenhuolto',
        medicine: 'Lääkkeet',
        day_care: 'Varhaiskasvatusmaksu',
        moving: 'Muuttokulut',
        rent_deposit: 'Vuokravakuus',
        other: 'Muu meno',
      },
    },
    members: {
      applicant: 'Sinä',
      applicantNamed: '{name} (sinä)',
      spouse: 'Puoliso',
      spouseNamed: '{name} (puoliso)',
      childNamed: '{name} (lapsi)',
    },
    applicant: {
      recordHeading: 'Henkilötiedot',
      name: 'Nimi',
      recordHelp: 'Nimi ja henkilötunnus tulevat väestötietojärjestelmästä. Niitä ei voi muuttaa tässä.',
      addressHeading: 'Osoite',
      contactHeading: 'Yhteystiedot',
      contactHelp:
        'Anna ainakin puhelinnumero tai sähköpostiosoite, jotta käsittelijä voi tarvittaessa ottaa sinuun yhteyttä.',
      situationHeading: 'Perhetilanne ja työ',
      maritalStatusHelp: 'Jos asut yhdessä puolisosi kanssa, kysymme hänen tietonsa seuraavassa vaiheessa.',
      occupationHelp: 'Esimerkiksi työtön työnhakija, opiskelija, eläkeläinen tai kokoaikatyössä.',
    },
    household: {
      spouseHeading: 'Puoliso',
      spouseHelp:
        'Puoliso on aviopuoliso, avopuoliso tai rekisteröity kumppani, jonka kanssa asut. Kerro hänen tietonsa.',
      noSpouse:
        'Puolison tietoja ei kysytä, koska et ole kertonut olevasi naimisissa, avoliitossa tai rekisteröidyssä parisuhteessa. Jos tilanteesi on toinen, muuta siviilisäätyä hakijan tiedoissa.',
      personalIdentityCodeHelp: 'Esimerkiksi 131052-308T',
      childrenHeading: 'Lapset',
      childrenHelp: 'Lisää alle 18-vuotiaat lapset, jotka asuvat kanssasi.',
      childHeading: 'Lapsi {number}',
      addChild: 'Lisää lapsi',
      removeChild: 'Poista lapsi {number}',
      noChildren: 'Et ole lisännyt lapsia.',
      othersHeading: 'Muut samassa taloudessa asuvat',
      othersHelp:
        'Lisää muut henkilöt, jotka asuvat kanssasi ja joiden kanssa jaatte menot, esimerkiksi täysi-ikäinen lapsi.',
      memberHeading: 'Henkilö {number}',
      addMember: 'Lisää henkilö',
      removeMember: 'Poista henkilö {number}',
      noMembers: 'Et ole lisännyt muita henkilöitä.',
      relationHelp: 'Esimerkiksi täysi-ikäinen lapsi, vanhempi tai sisarus',
    },
    housing: {
      costsHeading: 'Asumismenot',
      costsHelp: 'Kirjoita kuukausittaiset summat euroina. Jätä tyhjäksi menot, joita sinulla ei ole.',
      insuranceHelp: 'Jos maksat vakuutuksen kerran vuodessa, jaa summa 12:lla. Esimerkiksi 12,50',
      homelessHelp:
        'Kerro tilanteestasi lisätiedoissa. Jos tarvitset yöpaikan jo tänään, ota yhteyttä sosiaalipäivystykseen.',
    },
    incomes: {
      rowHeading: 'Tulo {number}',
      add: 'Lisää tulo',
      remove: 'Poista tulo {number}',
      none: 'Et ole lisännyt tuloja.',
      amountHelp:
        'Euroina kuukaudessa, esimerkiksi 675,50. Palkasta ilmoita nettopalkka eli summa verojen jälkeen.',
    },
    assets: {
      rowHeading: 'Vara {number}',
      add: 'Lisää vara',
      remove: 'Poista vara {number}',
      none: 'Et ole lisännyt varoja.',
      valueHelp: 'Euroina, esimerkiksi 120,00',
      descriptionHelp: 'Esimerkiksi pankin nimi tai auton merkki ja vuosimalli',
    },
    expenses: {
      rowHeading: 'Meno {number}',
      add: 'Lisää meno',
      remove: 'Poista meno {number}',
      none: 'Et ole lisännyt menoja.',
      amountHelp: 'Euroina, esimerkiksi 35,90',
      descriptionHelp: 'Kerro lyhyesti, mistä menossa on kyse. Pakollinen, jos valitsit ”Muu meno”.',
    },
    payment: {
      monthHelp:
        'Voit hakea tukea kuluvalle tai seuraavalle kuukaudelle tai enintään kolmelle edelliselle kuukaudelle.',
      currentMonth: '{month} (kuluva kuukausi)',
      ibanHelp: 'Tuki maksetaan tälle tilille. Esimerkiksi FI21 1234 5600 0007 85',
    },
    urgency: {
      help: 'Tilanteesi on kiireellinen, jos sinulla ei ole rahaa välttämättömään, kuten ruokaan tai lääkkeisiin, etkä voi odottaa tavallista käsittelyä. Kiireellinen hakemus ratkaistaan viimeistään seuraavana arkipäivänä.',
      yes: 'Kyllä, tarvitsen tukea heti',
      no: 'Ei',
      reasonHelp: 'Kerro lyhyesti, mitä tarvitset heti ja miksi.',
    },
    additional: {
      help: 'Esimerkiksi muutokset tilanteessasi tai asiat, jotka eivät sopineet muihin kysymyksiin.',
    },
    attachments: {
      allowed:
        'Sallitut tiedostomuodot ovat PDF, JPEG, PNG, HEIC ja WebP. Yksi tiedosto voi olla enintään {maxMegabytes} Mt, ja liitteitä voi olla yhteensä {max}. Puhelimella voit myös ottaa kuvan asiakirjasta.',
      choose: 'Valitse tiedostot',
      dropHere: 'tai vedä tiedostot tähän',
      uploading: 'Lähetetään: {name}',
      cancel: 'Peruuta',
      cancelNamed: 'Peruuta tiedoston {name} lähetys',
      cancelled: 'Lähetys peruttiin.',
      retry: 'Yritä uudelleen',
      retryNamed: 'Yritä uudelleen: {name}',
      dismiss: 'Sulje',
      dismissNamed: 'Sulje ilmoitus: {name}',
      delete: 'Poista',
      deleteNamed: 'Poista liite {name}',
      deleteFailed: 'Liitteen poistaminen ei onnistunut. Yritä uudelleen.',
      deleted: 'Liite {name} on poistettu.',
      uploaded: 'Tiedosto {name} on lähetetty.',
      scanning: 'virustarkistus on kesken',
      sentHeading: 'Lähetetyt tiedostot: {category}',
      stillUploading: 'Tiedostojen lähetys on kesken. Odota, että lähetys valmistuu, tai peruuta se.',
      categories: {
        bank_statement: {
          title: 'Tiliotteet',
          help: 'Tiliotteet kahdelta viimeiseltä kuukaudelta kaikilta perheenjäsenten tileiltä. Puuttuvat tiliotteet ovat yleisin syy kielteiseen päätökseen.',
        },
        rental_agreement: {
          title: 'Vuokrasopimus',
          help: 'Jos asut vuokralla, liitä vuokrasopimus. Sitä tarvitaan, kun haet tukea ensimmäistä kertaa tai kun vuokra on muuttunut.',
        },
        pay_slip: {
          title: 'Palkkalaskelmat',
          help: 'Palkkalaskelmat hakukuukaudelta ja sitä edeltävältä kuukaudelta.',
        },
        receipt: {
          title: 'Kuitit ja laskut',
          help: 'Kuitit ja laskut menoista, joihin haet tukea, esimerkiksi lääkkeistä tai terveydenhuollosta.',
        },
        other: {
          title: 'Muut liitteet',
          help: 'Muut hakemukseen liittyvät asiakirjat, esimerkiksi vesilasku tai päätös muusta etuudesta.',
        },
      },
    },
    check: {
      intro: 'Tarkista, että tiedot ovat oikein. Voit muuttaa vastausta sen vieressä olevasta linkistä.',
      change: 'Muuta',
      notAnswered: 'Ei vastausta',
      none: 'Ei ilmoitettu',
      declarationHeading: 'Vakuutus',
      declaration: 'Vakuutan, että antamani tiedot ovat oikein ja että ilmoitan muutoksista viipymättä.',
      declarationHelp:
        'Jos tukea myönnetään väärien tai puutteellisten tietojen perusteella, se voidaan periä takaisin.',
      send: 'Lähetä hakemus',
      sending: 'Lähetetään…',
      sendFailed: 'Hakemuksen lähettäminen ei onnistunut. Tarkista verkkoyhteys ja yritä uudelleen.',
      saveFirst:
        'Hakemuksen tallentaminen ei onnistunut, joten sitä ei lähetetty. Tarkista verkkoyhteys ja yritä uudelleen.',
      changedElsewhere:
        'Hakemusta on muutettu toisessa ikkunassa. Näet nyt uusimman version. Tarkista tiedot ja lähetä hakemus uudelleen.',
    },
    receipt: {
      pageTitle: 'Hakemus on lähetetty',
      title: 'Hakemuksesi on lähetetty',
      noticeTitle: 'Hakemus on vastaanotettu',
      due: 'Päätös tehdään viimeistään {date}.',
      nextHeading: 'Mitä seuraavaksi tapahtuu',
      next: {
        review: 'Käsittelijä käy läpi hakemuksesi ja liitteesi.',
        moreInformation:
          'Jos tarvitsemme lisätietoja, lähetämme sinulle lisäselvityspyynnön. Näet sen asiointitililläsi.',
        decision:
          'Saat päätöksen asiointitilillesi. Päätöksessä kerrotaan, miten voit hakea siihen muutosta.',
      },
      urgent: 'Kerroit, että tilanteesi on kiireellinen, joten hakemus käsitellään kiireellisenä.',
      changes: 'Jos tilanteesi muuttuu ennen päätöstä, kerro siitä käsittelijälle.',
      showApplication: 'Näytä hakemus',
    },
  },
  account: {
    pageTitle: 'Asiointitili',
    title: 'Asiointitili',
    intro: 'Täällä näet hakemuksesi ja niiden käsittelyn vaiheet. Voit myös tehdä uuden hakemuksen.',
    newApplication: 'Tee uusi hakemus',
    applicationsHeading: 'Hakemuksesi',
    none: 'Sinulla ei ole vielä hakemuksia.',
    referenceNumber: 'Hakemuksen tunnus',
    submittedAt: 'Lähetetty',
    createdAt: 'Aloitettu',
    dueDate: 'Päätös viimeistään',
    draftDeletes: 'Jos et jatka hakemusta, se poistetaan {date}.',
    continue: 'Jatka hakemusta',
    backToAccount: 'Takaisin asiointitilille',
    signInRequired: {
      title: 'Kirjaudu asiointitilille',
      body: 'Kirjaudu sisään, niin näet hakemuksesi ja voit tehdä uuden hakemuksen.',
    },
    new: {
      pageTitle: 'Uusi hakemus',
      title: 'Mitä tukea haet?',
      intro: 'Valitse tuki, jota haet. Jos et ole varma, valitse perustoimeentulotuki.',
      legend: 'Tuen laji',
      saved:
        'Hakemus tallentuu asiointitilillesi sitä mukaa kuin täytät sitä. Voit siis jatkaa sitä myöhemmin.',
      start: 'Aloita hakemus',
      failed: 'Hakemuksen aloittaminen ei onnistunut. Yritä uudelleen.',
    },
    detail: {
      pageTitle: 'Hakemus',
      notFoundTitle: 'Hakemusta ei löytynyt',
      notFound: 'Hakemusta ei löytynyt. Se on voitu poistaa, tai osoite on väärä.',
      urgency: 'Kiireellisyys',
      urgent: 'Kiireellinen',
      historyHeading: 'Käsittelyn vaiheet',
      informationRequestsHeading: 'Lisäselvityspyynnöt',
      noInformationRequests: 'Sinulta ei ole pyydetty lisäselvityksiä.',
      informationRequestCount: 'Lisäselvityspyyntöjä: {count}',
      messagesHeading: 'Viestit',
      noMessages: 'Ei uusia viestejä.',
      unreadMessages: 'Lukemattomia viestejä: {count}',
      decisionsHeading: 'Päätökset',
      noDecisions: 'Päätöstä ei ole vielä tehty.',
      decisionCount: 'Päätöksiä: {count}',
      attachmentsHeading: 'Liitteet',
      noAttachments: 'Hakemuksessa ei ole liitteitä.',
      contentHeading: 'Hakemuksen tiedot',
      withdrawHeading: 'Hakemuksen peruminen',
      withdrawHelp: 'Voit perua hakemuksen niin kauan kuin siitä ei ole tehty päätöstä.',
      withdraw: 'Peru hakemus',
      withdrawTitle: 'Haluatko perua hakemuksen?',
      withdrawBody: 'Peruttua hakemusta ei käsitellä. Voit tehdä myöhemmin uuden hakemuksen.',
      withdrawConfirm: 'Kyllä, peru hakemus',
      withdrawCancel: 'Älä peru',
      withdrawFailed: 'Hakemuksen peruminen ei onnistunut. Yritä uudelleen.',
      withdrawnTitle: 'Hakemus on peruttu',
      withdrawn: 'Hakemustasi ei käsitellä. Voit tehdä uuden hakemuksen asiointitililläsi.',
    },
  },
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
  email: {
    common: {
      greeting: 'Hei,',
      signature: 'Helsingin kaupungin sosiaalipalvelut',
      noReply: 'Tähän viestiin ei voi vastata.',
      settings: 'Voit lopettaa sähköposti-ilmoitukset e-asioinnin asetuksista.',
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
  },
  // Sections kept in their own files (src/sections/<language>/), one per feature.
  workQueue,
  caseWork,
  staffUsers,
  parameterSets,
  printBatches,
  correspondence,
  decisions,
  rectification,
  citizenCorrespondence,
  citizenDecisions,
  staffCorrespondence,
  staffDecisions,
  calculation,
  calculator,
} as const;

/** The shape every dictionary must have: the Finnish keys, with any text. */
export type Dictionary = DeepStringShape<typeof fi>;
