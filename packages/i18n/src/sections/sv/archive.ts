// Swedish texts of the archive section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { archive as source } from '../fi/archive.ts';

export const archive: DeepStringShape<typeof source> = {
  pageTitle: 'Arkiv',
  title: 'Arkiv: handlingar som ska förstöras',
  intro:
    'En gång i månaden görs ett förslag till ärenden som ska förstöras: avslutade ärenden där bevarandetiden för alla handlingar har löpt ut. Granska förslaget och godkänn det. De godkända ärendena förstörs helt, och ett gallringsprotokoll sparas.',
  forbiddenTitle: 'Ingen behörighet',
  forbidden: 'Arkivet är endast för arkivarier.',
  loading: 'Laddar…',
  loadFailed: 'Uppgifterna kunde inte laddas. Försök igen om en stund.',
  proposedHeading: 'Gallringsförslag',
  noProposal: 'Det finns inget gallringsförslag att godkänna.',
  proposedOn: 'Förslag {period}, gjort {date}. Ärenden: {count}.',
  table: {
    caption: 'Ärendena i förslaget',
    reference: 'Ärende',
    recordTypes: 'Handlingar',
    closedOn: 'Avslutat',
    destroyAfter: 'Bevarandetiden löpte ut',
  },
  recordTypes: {
    application: 'ansökan',
    attachment: 'bilaga',
    message: 'meddelande',
    decision: 'beslut',
    letter: 'beslutsbrev',
    payment_file: 'betalningsmaterial',
  },
  count: '{type} ({count})',
  approve: 'Godkänn gallringen',
  confirmTitle: 'Ska handlingarna förstöras?',
  confirmBody:
    'Förslagets {count} ärenden förstörs permanent med alla handlingar och filer. Det kan inte ångras. Ett gallringsprotokoll och en loggpost sparas.',
  confirm: 'Förstör',
  cancel: 'Avbryt',
  approving: 'Handlingarna förstörs…',
  approved: 'Gallringen är gjord. Förstörda ärenden: {count}.',
  failed: 'Gallringen gjordes inte. Försök igen.',
  stale: 'Förslaget har ändrats sedan du öppnade det. Granska det på nytt.',
  recordsHeading: 'Gallringsprotokoll',
  noRecords: 'Inga handlingar har förstörts ännu.',
  records: {
    caption: 'Förstörda ärenden',
    reference: 'Ärende',
    recordTypes: 'Handlingar',
    basis: 'Grund för bevarandetiden',
    approvedBy: 'Godkänd av',
    destroyedAt: 'Förstört',
  },
};
