// Swedish texts of the staffUsers section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { staffUsers as source } from '../fi/staffUsers.ts';

export const staffUsers: DeepStringShape<typeof source> = {
  pageTitle: 'Användare',
  title: 'Användare',
  intro:
    'Lägg till de anställda som använder Tuki, ge dem behörighetsroller och inaktivera dem som inte längre behöver tillgång.',
  forbiddenTitle: 'Ingen behörighet',
  forbidden:
    'Användarhanteringen är endast för huvudanvändare. Om du behöver den här vyn, kontakta en huvudanvändare.',
  listHeading: 'Alla användare',
  loadFailed: 'Användarna kunde inte laddas. Försök igen om en stund.',
  columns: {
    name: 'Namn',
    username: 'Användarnamn',
    roles: 'Roller',
    status: 'Status',
    actions: 'Åtgärder',
  },
  statusActive: 'Aktiv',
  statusInactive: 'Inaktiverad',
  noRoles: 'Inga roller',
  edit: 'Redigera',
  editUser: 'Redigera: {name}',
  addHeading: 'Lägg till användare',
  editHeading: 'Redigera användaren {name}',
  fields: {
    username: 'Användarnamn',
    usernameHelp:
      'Samma användarnamn som i organisationens användarkatalog: små bokstäver a–z, siffror och tecknen . _ @ -',
    firstName: 'Förnamn',
    lastName: 'Efternamn',
    email: 'E-post (frivillig)',
    roles: 'Behörighetsroller',
    rolesHelp: 'En användare utan roller kan logga in men kan inte göra något.',
    active: 'Användaren är aktiv',
    activeHelp: 'När du inaktiverar en användare avslutas hens sessioner genast och hen kan inte logga in.',
    activeSelf: 'Du kan inte inaktivera dig själv.',
  },
  add: 'Lägg till användare',
  save: 'Spara ändringarna',
  cancel: 'Avbryt',
  added: 'Användaren {name} lades till.',
  pendingRoles: 'Väntar på godkännande: {roles}',
  saved: 'Ändringarna för användaren {name} sparades.',
  staleTitle: 'Användaren hade ändrats',
  errorSummary: 'Kontrollera följande',
  errors: {
    usernameRequired: 'Skriv ett användarnamn.',
    usernameInvalid:
      'Användarnamnet får bara innehålla små bokstäver a–z, siffror och tecknen . _ @ - (högst 100 tecken).',
    usernameTaken: 'Användarnamnet används redan. Välj ett annat.',
    firstNameRequired: 'Skriv förnamnet.',
    lastNameRequired: 'Skriv efternamnet.',
    emailInvalid: 'Skriv e-postadressen i formen namn@exempel.fi.',
    rolesInvalid: 'Kontrollera rollerna.',
    lastAdmin:
      'Det här är den sista aktiva huvudanvändaren. Ge först huvudanvändarrollen till en annan aktiv användare.',
    cannotGrantSelf: 'Du kan inte ge dig själv nya roller. Be en annan huvudanvändare göra det.',
    cannotDeactivateSelf: 'Du kan inte inaktivera dig själv. Be en annan huvudanvändare göra det.',
    stale:
      'Någon annan har ändrat den här användaren under tiden. Den senaste versionen laddades: kontrollera uppgifterna och gör din ändring på nytt.',
    notFound: 'Användaren finns inte längre.',
    failed: 'Det gick inte att spara. Försök igen.',
  },
};
