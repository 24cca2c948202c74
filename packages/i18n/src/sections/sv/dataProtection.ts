// Swedish texts of the data-protection notice (typed against the Finnish source).
import type { DeepStringShape } from '../../types.ts';
import type { dataProtection as source } from '../fi/dataProtection.ts';

export const dataProtection: DeepStringShape<typeof source> = {
  title: 'Dataskyddsbeskrivning',
  subtitle: 'Behandling av personuppgifter i ärenden om utkomststöd (e-tjänsten Tuki)',
  intro:
    'Här beskriver vi hur vi behandlar dina och dina familjemedlemmars personuppgifter när du ansöker om utkomststöd eller sköter ditt ärende, och vilka rättigheter du har (EU:s allmänna dataskyddsförordning, artiklarna 13 och 14).',
  controller: {
    heading: 'Personuppgiftsansvarig',
    text: 'Helsingfors stad, social-, hälsovårds- och räddningsnämnden. Personuppgifterna behandlas av socialt arbete för vuxna inom social-, hälsovårds- och räddningssektorn.',
    address:
      'Helsingfors stads registratorskontor, PB 10, 00099 Helsingfors stad. E-post helsinki.kirjaamo@example.hel.fi.',
  },
  officer: {
    heading: 'Dataskyddsombud',
    name: 'Helsingfors stads dataskyddsombud',
    email: 'tietosuoja@example.hel.fi',
    phone: '09 310 1691',
    address: 'PB 1, 00099 Helsingfors stad',
  },
  purpose: {
    heading: 'Ändamålet med behandlingen',
    text: 'Vi behandlar uppgifterna för att ta emot din ansökan, utreda din rätt till utkomststöd, fatta och delge beslutet, betala ut beviljat stöd, behandla begäranden om omprövning samt sköta rådgivning och kontakter i ditt klientskap. Uppgifterna används också för den statistik som lagen kräver (till exempel uppföljning av handläggningstider) utan identifierbara personuppgifter.',
  },
  legalBasis: {
    heading: 'Rättslig grund för behandlingen',
    gdpr: 'Behandlingen är nödvändig för att fullgöra en rättslig förpliktelse som åvilar den personuppgiftsansvarige och för att utföra en uppgift av allmänt intresse (artikel 6.1 c och e i dataskyddsförordningen). Uppgifter om hälsa och andra särskilda kategorier av personuppgifter behandlas för att ordna socialvård och social trygghet (artikel 9.2 h och b).',
    acts: 'Nationell lagstiftning: lagen om utkomststöd (1412/1997), lagen om klientens ställning och rättigheter inom socialvården (812/2000), lagen om klienthandlingar inom socialvården (254/2015) och lagen om behandling av klientuppgifter inom social- och hälsovården (703/2023).',
  },
  data: {
    heading: 'Uppgifter som behandlas och varifrån de kommer',
    text: 'Sökandens och familjemedlemmarnas namn, personbeteckningar eller födelsedatum, kontaktuppgifter, familje- och boendeuppgifter, inkomster, tillgångar, utgifter, kontonummer, bilagor till ansökan, meddelanden, beslut med beräkningar samt uppgifter om vem som har behandlat uppgifterna och när. Uppgifterna fås av dig själv och från identifieringstjänsten. I situationer som lagen tillåter kan uppgifter också begäras av andra myndigheter, såsom Folkpensionsanstalten och Skatteförvaltningen, och av banker (lagen om klientens ställning och rättigheter inom socialvården 20 §).',
  },
  recipients: {
    heading: 'Utlämnande av uppgifter och mottagare',
    text: 'Uppgifter lämnas ut endast med stöd av lag, till exempel till Folkpensionsanstalten i ärenden som gäller grundläggande utkomststöd. Om du använder Suomi.fi-meddelanden kan beslut och meddelanden lämnas till den nationella förmedlingstjänsten. Stödet betalas till det bankkonto du har uppgett. Pappersbrev skrivs ut och postas via stadens avtalspartner. Uppgifter överförs inte utanför EU eller Europeiska ekonomiska samarbetsområdet.',
  },
  retention: {
    heading: 'Lagringstid',
    text: 'Skickade ansökningar, beslut och handlingar som hör till dem är klienthandlingar inom socialvården. De bevaras enligt lagstiftningen om klienthandlingar inom socialvården och de förvaringstider som Riksarkivet har fastställt (i tjänster för personer i arbetsför ålder 10 år efter att klientskapet upphört) och förstörs därefter. Ansökningsutkast som inte skickats raderas 90 dagar efter den senaste ändringen.',
  },
  automated: {
    heading: 'Automatiserat beslutsfattande',
    text: 'Tuki räknar ut utkomststödets belopp med hjälp av beräkningsregler, men beslutet fattas alltid av en anställd inom socialvården. Automatiserat beslutsfattande eller profilering används inte.',
  },
  rights: {
    heading: 'Dina rättigheter',
    access:
      'Rätt att få tillgång till dina uppgifter (artikel 15). Du kan ladda ner dina uppgifter i e-tjänstens inställningar eller begära dem av registratorskontoret.',
    rectification: 'Rätt att kräva att felaktiga uppgifter rättas (artikel 16).',
    restriction: 'Rätt att kräva begränsning av behandlingen (artikel 18).',
    objection:
      'Rätt att av skäl som hänför sig till din särskilda situation invända mot behandlingen i den mån den grundar sig på en uppgift av allmänt intresse (artikel 21).',
    erasure:
      'Uppgifterna kan inte raderas eller flyttas till ett annat system i den mån lagen kräver att de bevaras (artikel 17.3); ansökningsutkast kan du radera själv.',
    complaint:
      'Du har rätt att lämna in klagomål till tillsynsmyndigheten, som är dataombudsmannens byrå (tietosuoja.fi, PB 800, 00531 Helsingfors).',
    howTo:
      'Du kan skicka dina begäranden till registratorskontoret. Frågor om dataskydd kan du ställa till dataskyddsombudet.',
  },
  contactEmail: 'E-post',
  contactPhone: 'Telefon',
  contactAddress: 'Postadress',
};
